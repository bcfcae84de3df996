/**
 * Every Amazon Cognito identity pools (Cognito Identity) operation the engine
 * implements, one per file, dispatched as `AWSCognitoIdentityService.<Name>`.
 */
import type { Operation } from '../../core/context';
import { CreateIdentityPool } from './CreateIdentityPool';
import { DescribeIdentityPool } from './DescribeIdentityPool';
import { UpdateIdentityPool } from './UpdateIdentityPool';
import { ListIdentityPools } from './ListIdentityPools';
import { DeleteIdentityPool } from './DeleteIdentityPool';
import { SetIdentityPoolRoles } from './SetIdentityPoolRoles';
import { GetIdentityPoolRoles } from './GetIdentityPoolRoles';
import { GetId } from './GetId';
import { GetCredentialsForIdentity } from './GetCredentialsForIdentity';
import { GetOpenIdToken } from './GetOpenIdToken';
import { GetOpenIdTokenForDeveloperIdentity } from './GetOpenIdTokenForDeveloperIdentity';
import { LookupDeveloperIdentity } from './LookupDeveloperIdentity';
import { UnlinkDeveloperIdentity } from './UnlinkDeveloperIdentity';
import { ListIdentities } from './ListIdentities';
import { DescribeIdentity } from './DescribeIdentity';
import { DeleteIdentities } from './DeleteIdentities';

export const identityOperations = [
  CreateIdentityPool,
  DescribeIdentityPool,
  UpdateIdentityPool,
  ListIdentityPools,
  DeleteIdentityPool,
  SetIdentityPoolRoles,
  GetIdentityPoolRoles,
  GetId,
  GetCredentialsForIdentity,
  GetOpenIdToken,
  GetOpenIdTokenForDeveloperIdentity,
  LookupDeveloperIdentity,
  UnlinkDeveloperIdentity,
  ListIdentities,
  DescribeIdentity,
  DeleteIdentities,
] as Operation<unknown, unknown>[];
