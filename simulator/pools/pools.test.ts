import { beforeAll, describe, expect, it } from 'vitest';
import {
  AddCustomAttributesCommand,
  CreateUserPoolCommand,
  DeleteUserPoolCommand,
  DescribeUserPoolCommand,
  ListUserPoolsCommand,
  UpdateUserPoolCommand,
  type CognitoIdentityProviderClient,
  type SchemaAttributeType,
} from '@aws-sdk/client-cognito-identity-provider';
import { createSimulator, SimulatedClock, seededRandom, type Simulator } from '../index';
import { sdkClient } from '../../test/support/sdk';
import { PASSWORD_POLICY_DEFAULT, QUOTAS, SIMULATED_ACCOUNT_ID } from '../facts';
import { STANDARD_SCHEMA } from '../core/schema';

/** The error an SDK call rejects with. */
async function failure(p: Promise<unknown>): Promise<{ name: string; message: string }> {
  try {
    await p;
  } catch (e) {
    return e as { name: string; message: string };
  }
  throw new Error('expected the call to fail');
}

/** Runs a call that must fail and checks that the state did not change. */
async function failsWithoutChange(sim: Simulator, p: () => Promise<unknown>): Promise<{ name: string; message: string }> {
  const before = JSON.stringify(sim.exportState());
  const err = await failure(p());
  expect(JSON.stringify(sim.exportState())).toBe(before);
  return err;
}

let sim: Simulator;
let clock: SimulatedClock;
let idp: CognitoIdentityProviderClient;
let basicId: string;

beforeAll(async () => {
  clock = new SimulatedClock();
  sim = createSimulator({ clock, random: seededRandom('pools'), region: 'eu-west-1' });
  idp = sdkClient(sim);
  const out = await idp.send(new CreateUserPoolCommand({ PoolName: 'basic' }));
  basicId = out.UserPool!.Id!;
});

describe('CreateUserPool', () => {
  it('gives an AWS-shaped id and ARN', async () => {
    expect(basicId).toMatch(/^eu-west-1_[A-Za-z0-9]{9}$/);
    const { UserPool } = await idp.send(new DescribeUserPoolCommand({ UserPoolId: basicId }));
    expect(UserPool!.Arn).toBe(`arn:aws:cognito-idp:eu-west-1:${SIMULATED_ACCOUNT_ID.value}:userpool/${basicId}`);
    expect(UserPool!.Name).toBe('basic');
  });

  it('fills in AWS defaults for what the request leaves out', async () => {
    const { UserPool: p } = await idp.send(new DescribeUserPoolCommand({ UserPoolId: basicId }));
    expect(p!.Policies!.PasswordPolicy).toEqual(PASSWORD_POLICY_DEFAULT.value);
    expect(p!.MfaConfiguration).toBe('OFF');
    expect(p!.DeletionProtection).toBe('INACTIVE');
    expect(p!.UserPoolTier).toBe('ESSENTIALS');
    expect(p!.VerificationMessageTemplate).toEqual({ DefaultEmailOption: 'CONFIRM_WITH_CODE' });
    expect(p!.EmailConfiguration).toEqual({ EmailSendingAccount: 'COGNITO_DEFAULT' });
    expect(p!.AdminCreateUserConfig?.AllowAdminCreateUserOnly).toBe(false);
    expect(p!.EstimatedNumberOfUsers).toBe(0);
    expect(p!.SchemaAttributes!.map((a) => a.Name)).toEqual(STANDARD_SCHEMA.map((a) => a.Name));
    expect(p!.CreationDate!.getTime()).toBe(new SimulatedClock().now());
    expect(p!.Domain).toBeUndefined();
    expect(p!.UsernameAttributes).toBeUndefined();
  });

  it('gives each pool separate ID-token and access-token keys', () => {
    const pool = sim.state.userPools[basicId];
    expect(pool.keys.id.kid).not.toBe(pool.keys.access.kid);
    expect(pool.keys.id.publicJwk.n).not.toBe(pool.keys.access.publicJwk.n);
    expect(pool.keys.refresh.publicJwk.alg).toBe('RSA-OAEP');
    expect(sim.jwks(basicId).keys).toHaveLength(2);
  });

  it('merges the request Schema into the standard attributes and prefixes custom ones', async () => {
    const { UserPool: p } = await idp.send(
      new CreateUserPoolCommand({
        PoolName: 'schema',
        UsernameAttributes: ['email'],
        Schema: [
          { Name: 'email', Required: true, Mutable: false },
          { Name: 'tier', AttributeDataType: 'String', StringAttributeConstraints: { MaxLength: '10' } },
          { Name: 'level', AttributeDataType: 'Number', Mutable: false, NumberAttributeConstraints: { MinValue: '1', MaxValue: '9' } },
        ],
      }),
    );
    const byName = new Map(p!.SchemaAttributes!.map((a) => [a.Name, a]));
    expect(byName.get('email')).toMatchObject({ Required: true, Mutable: false, AttributeDataType: 'String' });
    expect(byName.get('custom:tier')).toMatchObject({ AttributeDataType: 'String', Mutable: true, Required: false, StringAttributeConstraints: { MaxLength: '10' } });
    expect(byName.get('custom:level')).toMatchObject({ Mutable: false, NumberAttributeConstraints: { MinValue: '1', MaxValue: '9' } });
    expect(byName.has('tier')).toBe(false);
    expect(p!.UsernameAttributes).toEqual(['email']);
  });

  it('refuses UsernameAttributes together with AliasAttributes', async () => {
    const err = await failsWithoutChange(sim, () => idp.send(new CreateUserPoolCommand({ PoolName: 'both', UsernameAttributes: ['email'], AliasAttributes: ['preferred_username'] })));
    expect(err.name).toBe('InvalidParameterException');
    expect(err.message).toBe('Only one of the aliasAttributes or usernameAttributes can be set in a User Pool.');
  });

  it('validates against the API model with AWS wording', async () => {
    const err = await failsWithoutChange(sim, () => idp.send(new CreateUserPoolCommand({ PoolName: 'bad/name', Policies: { PasswordPolicy: { MinimumLength: 5 } } })));
    expect(err.name).toBe('InvalidParameterException');
    expect(err.message).toBe(
      "2 validation errors detected: Value 'bad/name' at 'poolName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w\\s+=,.@-]+; " +
        "Value '5' at 'policies.passwordPolicy.minimumLength' failed to satisfy constraint: Member must have value greater than or equal to 6",
    );
  });

  it('refuses a required custom attribute and a retyped standard attribute', async () => {
    const required = await failsWithoutChange(sim, () => idp.send(new CreateUserPoolCommand({ PoolName: 'x', Schema: [{ Name: 'a', AttributeDataType: 'String', Required: true }] })));
    expect(required.message).toBe('Required custom attributes are not supported currently.');
    const retyped = await failsWithoutChange(sim, () => idp.send(new CreateUserPoolCommand({ PoolName: 'x', Schema: [{ Name: 'email', AttributeDataType: 'Number' }] })));
    expect(retyped.message).toBe('You can not change AttributeDataType or set developerOnlyAttribute for standard schema attribute email');
  });

  it('turning MFA on at creation needs SMS', async () => {
    const err = await failsWithoutChange(sim, () => idp.send(new CreateUserPoolCommand({ PoolName: 'mfa', MfaConfiguration: 'ON' })));
    expect(err.message).toBe('SMS configuration and Auto verification for phone_number are required when MFA is required/optional');
  });

  it('refuses threat protection outside the Plus tier', async () => {
    const err = await failsWithoutChange(sim, () => idp.send(new CreateUserPoolCommand({ PoolName: 'tp', UserPoolAddOns: { AdvancedSecurityMode: 'ENFORCED' } })));
    expect(err.name).toBe('FeatureUnavailableInTierException');
    expect(err.message).toBe('The following features need to be disabled for the ESSENTIALS pricing tier configured: Threat Protection');
  });

  it('enforces the user-pools-per-Region quota', async () => {
    const quota = new Simulator2Quota();
    await quota.fill();
    const err = await failsWithoutChange(quota.sim, () => quota.idp.send(new CreateUserPoolCommand({ PoolName: 'one-too-many' })));
    expect(err.name).toBe('LimitExceededException');
  });
});

/** A simulator holding exactly the quota of pools (copies of one pool, loaded as a snapshot). */
class Simulator2Quota {
  sim = createSimulator({ clock: new SimulatedClock(), random: seededRandom('quota') });
  idp = sdkClient(this.sim);
  async fill(): Promise<void> {
    const { UserPool } = await this.idp.send(new CreateUserPoolCommand({ PoolName: 'template' }));
    const snap = this.sim.exportState();
    const template = snap.userPools[UserPool!.Id!];
    for (let i = 1; i < QUOTAS.userPoolsPerRegion.value; i++) {
      const id = `us-east-1_copy${String(i).padStart(5, '0')}`;
      snap.userPools[id] = { ...structuredClone(template), id, config: { ...structuredClone(template.config), Id: id } };
    }
    await this.sim.importState(snap);
    expect(Object.keys(this.sim.state.userPools)).toHaveLength(QUOTAS.userPoolsPerRegion.value);
  }
}

describe('UpdateUserPool', () => {
  it('resets settings the request leaves out, keeps the immutable ones', async () => {
    const { UserPool: created } = await idp.send(
      new CreateUserPoolCommand({
        PoolName: 'update-me',
        AliasAttributes: ['email'],
        AutoVerifiedAttributes: ['email'],
        DeletionProtection: 'ACTIVE',
        Policies: { PasswordPolicy: { MinimumLength: 12, RequireSymbols: false } },
        UserPoolTags: { team: 'a' },
      }),
    );
    const id = created!.Id!;
    clock.advance(5_000);
    await idp.send(new UpdateUserPoolCommand({ UserPoolId: id, UserPoolTags: { team: 'b' } }));
    const { UserPool: p } = await idp.send(new DescribeUserPoolCommand({ UserPoolId: id }));
    expect(p!.UserPoolTags).toEqual({ team: 'b' });
    expect(p!.DeletionProtection).toBe('INACTIVE');
    expect(p!.Policies!.PasswordPolicy).toEqual(PASSWORD_POLICY_DEFAULT.value);
    expect(p!.AutoVerifiedAttributes).toBeUndefined();
    expect(p!.AliasAttributes).toEqual(['email']);
    expect(p!.Name).toBe('update-me');
    expect(p!.SchemaAttributes).toEqual(created!.SchemaAttributes);
    expect(p!.LastModifiedDate!.getTime() - p!.CreationDate!.getTime()).toBe(5_000);
  });

  it('checks AttributesRequireVerificationBeforeUpdate against AutoVerifiedAttributes', async () => {
    const err = await failsWithoutChange(sim, () =>
      idp.send(new UpdateUserPoolCommand({ UserPoolId: basicId, UserAttributeUpdateSettings: { AttributesRequireVerificationBeforeUpdate: ['email'] } })),
    );
    expect(err.message).toBe('All attributes in AttributesRequireVerificationBeforeUpdate must exist in AutoVerifiedAttributes');
  });

  it('answers ResourceNotFoundException for an unknown pool', async () => {
    const err = await failure(idp.send(new UpdateUserPoolCommand({ UserPoolId: 'eu-west-1_nothere00' })));
    expect(err.name).toBe('ResourceNotFoundException');
    expect(err.message).toBe('User pool eu-west-1_nothere00 does not exist.');
  });
});

describe('ListUserPools', () => {
  it('requires MaxResults within 1-60', async () => {
    const err = await failure(idp.send(new ListUserPoolsCommand({ MaxResults: 61 })));
    expect(err.message).toBe("1 validation error detected: Value '61' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 60");
  });

  it('pages through every pool once, in creation order', async () => {
    const all = Object.values(sim.state.userPools)
      .sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1))
      .map((p) => p.id);
    const seen: string[] = [];
    let token: string | undefined;
    do {
      const out = await idp.send(new ListUserPoolsCommand({ MaxResults: 2, NextToken: token }));
      expect(out.UserPools!.length).toBeLessThanOrEqual(2);
      seen.push(...out.UserPools!.map((p) => p.Id!));
      token = out.NextToken;
    } while (token);
    expect(seen).toEqual(all);
    expect(all.length).toBeGreaterThan(2);
  });

  it('refuses a token it did not issue', async () => {
    const err = await failure(idp.send(new ListUserPoolsCommand({ MaxResults: 2, NextToken: 'bm90LWEtdG9rZW4=' })));
    expect(err.name).toBe('InvalidParameterException');
  });
});

describe('DeleteUserPool', () => {
  it('is refused while deletion protection is active, then works', async () => {
    const { UserPool } = await idp.send(new CreateUserPoolCommand({ PoolName: 'protected', DeletionProtection: 'ACTIVE' }));
    const id = UserPool!.Id!;
    const err = await failsWithoutChange(sim, () => idp.send(new DeleteUserPoolCommand({ UserPoolId: id })));
    expect(err.name).toBe('InvalidParameterException');
    expect(err.message).toBe('The user pool cannot be deleted because deletion protection is activated. Deletion protection must be inactivated first.');
    await idp.send(new UpdateUserPoolCommand({ UserPoolId: id, DeletionProtection: 'INACTIVE' }));
    await idp.send(new DeleteUserPoolCommand({ UserPoolId: id }));
    expect((await failure(idp.send(new DescribeUserPoolCommand({ UserPoolId: id })))).name).toBe('ResourceNotFoundException');
  });
});

describe('AddCustomAttributes', () => {
  const attr = (Name: string): SchemaAttributeType => ({ Name, AttributeDataType: 'String' });

  it('adds custom: attributes and refuses duplicates with AWS wording', async () => {
    await idp.send(new AddCustomAttributesCommand({ UserPoolId: basicId, CustomAttributes: [attr('team'), { Name: 'secret', AttributeDataType: 'Boolean', DeveloperOnlyAttribute: true }] }));
    const { UserPool: p } = await idp.send(new DescribeUserPoolCommand({ UserPoolId: basicId }));
    const names = p!.SchemaAttributes!.map((a) => a.Name);
    expect(names).toContain('custom:team');
    expect(names).toContain('dev:custom:secret');
    const err = await failsWithoutChange(sim, () => idp.send(new AddCustomAttributesCommand({ UserPoolId: basicId, CustomAttributes: [attr('team')] })));
    expect(err.message).toBe('custom:team: Existing attribute already has name custom:team.');
  });

  it('limits names to 20 characters and calls to 25 attributes', async () => {
    const long = await failure(idp.send(new AddCustomAttributesCommand({ UserPoolId: basicId, CustomAttributes: [attr('a'.repeat(QUOTAS.customAttributeNameLength.value + 1))] })));
    expect(long.message).toBe(
      `1 validation error detected: Value '${'a'.repeat(21)}' at 'customAttributes.1.member.name' failed to satisfy constraint: Member must have length less than or equal to 20`,
    );
    const many = Array.from({ length: QUOTAS.customAttributesPerCall.value + 1 }, (_, i) => attr(`c${i}`));
    const tooMany = await failure(idp.send(new AddCustomAttributesCommand({ UserPoolId: basicId, CustomAttributes: many })));
    expect(tooMany.message).toMatch(/at 'customAttributes' failed to satisfy constraint: Member must have length less than or equal to 25$/);
  });

  it('allows 50 custom attributes in a pool and no more', async () => {
    const { UserPool } = await idp.send(new CreateUserPoolCommand({ PoolName: 'fifty' }));
    const id = UserPool!.Id!;
    const max = QUOTAS.customAttributesPerPool.value;
    await idp.send(new AddCustomAttributesCommand({ UserPoolId: id, CustomAttributes: Array.from({ length: 25 }, (_, i) => attr(`a${i}`)) }));
    await idp.send(new AddCustomAttributesCommand({ UserPoolId: id, CustomAttributes: Array.from({ length: max - 25 }, (_, i) => attr(`b${i}`)) }));
    const err = await failsWithoutChange(sim, () => idp.send(new AddCustomAttributesCommand({ UserPoolId: id, CustomAttributes: [attr('straw')] })));
    expect(err.name).toBe('InvalidParameterException');
  });
});
