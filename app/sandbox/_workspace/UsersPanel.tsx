'use client';

import { useId, useState, type FormEvent, type ReactNode } from 'react';
import type { SimState } from '@/simulator';
import { useSandbox } from '../_lib/useSandbox';
import type { CallOutcome, SandboxError } from '../_lib/sandboxStore';
import { CheckboxField, FormFeedback, Panel, SubmitButton, TextField, secondaryButtonClass } from '../_components/ui';
import { formatSimTimeShort } from '../_lib/time';

type PoolState = SimState['userPools'][string];
type UserRecord = PoolState['users'][string];
type Feedback = { error?: SandboxError; success?: ReactNode };

const MFA_NAMES = { SMS_MFA: 'SMS', SOFTWARE_TOKEN_MFA: 'TOTP', EMAIL_OTP: 'Email' } as const;

/** The user's MFA factors as AdminGetUser's UserMFASettingList names them, with the preferred one. */
function mfaSummary(u: UserRecord): string {
  const on = [u.mfa.smsEnabled && 'SMS_MFA', u.mfa.totpEnabled && 'SOFTWARE_TOKEN_MFA', u.mfa.emailEnabled && 'EMAIL_OTP'].filter(Boolean) as (keyof typeof MFA_NAMES)[];
  if (on.length === 0) return 'none';
  return on.map((f) => `${MFA_NAMES[f]}${u.mfa.preferred === f ? ' (preferred)' : ''}`).join(', ');
}

function usePoolState(): { pool?: PoolState; poolId?: string; run: <T>(op: string, input: Record<string, unknown>) => Promise<CallOutcome<T>> } {
  const { state, store } = useSandbox();
  const poolId = state.pool?.userPoolId;
  const pool = poolId ? store.simulator?.state.userPools[poolId] : undefined;
  return { pool, poolId, run: (op, input) => store.call(op, { UserPoolId: poolId, ...input }) };
}

/** The users of the sandbox pool, their groups, and the administrator's actions on them. */
export function UsersPanel() {
  const { pool } = usePoolState();
  const [selected, setSelected] = useState<string>();
  const users = pool ? Object.values(pool.users).sort((a, b) => a.createdAt - b.createdAt) : [];
  const current = selected && pool?.users[selected] ? selected : undefined;

  return (
    <div className="space-y-6">
      <Panel id="users" title="Users" description="Every user of the sandbox pool, as AdminGetUser and ListUsers describe them. Choose Manage for the administrator’s actions.">
        {users.length === 0 ? (
          <p className="text-sm text-muted">No users yet: sign one up in Flows, or create one below.</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full min-w-[40rem] border-collapse text-left text-sm">
              <caption className="sr-only">Users of the pool</caption>
              <thead>
                <tr className="border-b border-border text-muted">
                  <th scope="col" className="py-2 pr-3 font-semibold">Username</th>
                  <th scope="col" className="py-2 pr-3 font-semibold">Status</th>
                  <th scope="col" className="py-2 pr-3 font-semibold">Enabled</th>
                  <th scope="col" className="py-2 pr-3 font-semibold">Attributes</th>
                  <th scope="col" className="py-2 pr-3 font-semibold">Groups</th>
                  <th scope="col" className="py-2 pr-3 font-semibold">MFA</th>
                  <th scope="col" className="py-2 font-semibold"><span className="sr-only">Actions</span></th>
                </tr>
              </thead>
              <tbody>
                {users.map((u) => (
                  <tr key={u.username} className={`border-b border-border align-top ${current === u.username ? 'bg-amber-50 dark:bg-amber-950/30' : ''}`}>
                    <th scope="row" className="py-2 pr-3 font-mono font-normal wrap-anywhere">{u.username}</th>
                    <td className="py-2 pr-3 font-mono text-xs">{u.status}</td>
                    <td className="py-2 pr-3">{u.enabled ? 'Yes' : 'No (disabled)'}</td>
                    <td className="py-2 pr-3 text-xs">
                      <ul>
                        {Object.entries(u.attributes)
                          .filter(([k]) => k !== 'sub')
                          .map(([k, v]) => (
                            <li key={k} className="wrap-anywhere">
                              <span className="text-muted">{k}</span> {v}
                            </li>
                          ))}
                      </ul>
                    </td>
                    <td className="py-2 pr-3">{u.groups.length > 0 ? u.groups.join(', ') : <span className="text-muted">none</span>}</td>
                    <td className="py-2 pr-3">{mfaSummary(u)}</td>
                    <td className="py-2">
                      <button type="button" className={secondaryButtonClass} aria-label={`Manage ${u.username}`} aria-pressed={current === u.username} onClick={() => setSelected(current === u.username ? undefined : u.username)}>
                        Manage
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Panel>
      {current && pool ? <ManageUser key={current} user={pool.users[current]} groups={Object.keys(pool.groups)} onDeleted={() => setSelected(undefined)} /> : null}
      <div className="grid gap-6 xl:grid-cols-2">
        <CreateUserForm />
        <GroupsPanel />
      </div>
    </div>
  );
}

function ManageUser({ user, groups, onDeleted }: { user: UserRecord; groups: string[]; onDeleted: () => void }) {
  const { run } = usePoolState();
  const id = useId();
  const [feedback, setFeedback] = useState<Feedback>({});
  const [password, setPassword] = useState('');
  const [permanent, setPermanent] = useState(true);
  const [group, setGroup] = useState('');
  const Username = user.username;
  const addable = groups.filter((g) => !user.groups.includes(g));
  const chosenGroup = addable.includes(group) ? group : (addable[0] ?? '');

  async function act(op: string, input: Record<string, unknown>, done: string) {
    const out = await run(op, { Username, ...input });
    setFeedback(out.ok ? { success: done } : { error: out.error });
    return out.ok;
  }

  async function setUserPassword(e: FormEvent) {
    e.preventDefault();
    if (await act('AdminSetUserPassword', { Password: password, Permanent: permanent }, `AdminSetUserPassword: ${permanent ? 'a permanent' : 'a temporary'} password is set for ${Username}.`)) setPassword('');
  }

  return (
    <Panel id={`${id}-manage`} title={`Manage ${Username}`} description={`Created ${formatSimTimeShort(user.createdAt)} · sub ${user.attributes.sub}`}>
      <div className="space-y-4">
        <div role="group" aria-label="Account actions" className="flex flex-wrap gap-2">
          <button type="button" className={secondaryButtonClass} onClick={() => void act('AdminConfirmSignUp', {}, `AdminConfirmSignUp: ${Username} is confirmed.`)}>
            Confirm sign-up
          </button>
          {user.enabled ? (
            <button type="button" className={secondaryButtonClass} onClick={() => void act('AdminDisableUser', {}, `AdminDisableUser: ${Username} is disabled and can no longer sign in.`)}>
              Disable
            </button>
          ) : (
            <button type="button" className={secondaryButtonClass} onClick={() => void act('AdminEnableUser', {}, `AdminEnableUser: ${Username} is enabled again.`)}>
              Enable
            </button>
          )}
          <button type="button" className={secondaryButtonClass} onClick={() => void act('AdminResetUserPassword', {}, `AdminResetUserPassword: ${Username} must reset the password (a code was sent if the user has a verified contact).`)}>
            Reset password
          </button>
          <button type="button" className={secondaryButtonClass} onClick={() => void act('AdminUserGlobalSignOut', {}, `AdminUserGlobalSignOut: every refresh token of ${Username} is revoked.`)}>
            Sign out everywhere
          </button>
          <button
            type="button"
            className={`${secondaryButtonClass} text-red-800 dark:text-red-300`}
            onClick={() => void act('AdminDeleteUser', {}, `AdminDeleteUser: ${Username} is deleted.`).then((ok) => ok && onDeleted())}
          >
            Delete user
          </button>
        </div>

        <form onSubmit={setUserPassword} className="flex flex-wrap items-end gap-3">
          <div className="min-w-[14rem] flex-1">
            <TextField id={`${id}-pw`} label="New password" type="text" autoComplete="off" value={password} onChange={(e) => setPassword(e.target.value)} required />
          </div>
          <CheckboxField id={`${id}-perm`} label="Permanent (otherwise the user must change it)" checked={permanent} onChange={setPermanent} />
          <button type="submit" className={secondaryButtonClass}>
            Set password
          </button>
        </form>

        <div className="flex flex-wrap items-end gap-3">
          <div className="space-y-1">
            <label htmlFor={`${id}-group`} className="block text-sm font-medium">
              Group
            </label>
            <select
              id={`${id}-group`}
              value={chosenGroup}
              onChange={(e) => setGroup(e.target.value)}
              disabled={addable.length === 0}
              className="rounded-md border border-slate-500 bg-background px-3 py-2 dark:border-slate-400"
            >
              {addable.length === 0 ? <option value="">(no other groups)</option> : addable.map((g) => <option key={g}>{g}</option>)}
            </select>
          </div>
          <button
            type="button"
            className={secondaryButtonClass}
            disabled={!chosenGroup}
            onClick={() => void act('AdminAddUserToGroup', { GroupName: chosenGroup }, `AdminAddUserToGroup: ${Username} is in ${chosenGroup}.`)}
          >
            Add to group
          </button>
          {user.groups.map((g) => (
            <button key={g} type="button" className={secondaryButtonClass} onClick={() => void act('AdminRemoveUserFromGroup', { GroupName: g }, `AdminRemoveUserFromGroup: ${Username} left ${g}.`)}>
              Remove from {g}
            </button>
          ))}
        </div>
        <FormFeedback error={feedback.error} success={feedback.success} />
      </div>
    </Panel>
  );
}

function CreateUserForm() {
  const { run } = usePoolState();
  const [username, setUsername] = useState('');
  const [email, setEmail] = useState('');
  const [temporary, setTemporary] = useState('');
  const [invite, setInvite] = useState(true);
  const [verified, setVerified] = useState(true);
  const [feedback, setFeedback] = useState<Feedback>({});

  async function submit(e: FormEvent) {
    e.preventDefault();
    const attributes = email ? [{ Name: 'email', Value: email }, ...(verified ? [{ Name: 'email_verified', Value: 'true' }] : [])] : [];
    const out = await run<{ User?: { Username?: string; UserStatus?: string } }>('AdminCreateUser', {
      Username: username,
      UserAttributes: attributes,
      ...(temporary ? { TemporaryPassword: temporary } : {}),
      ...(invite ? { DesiredDeliveryMediums: ['EMAIL'] } : { MessageAction: 'SUPPRESS' }),
    });
    if (out.ok) {
      setFeedback({ success: `AdminCreateUser: ${out.value.User?.Username ?? username} is ${out.value.User?.UserStatus ?? 'created'}${invite ? '; the invitation is in the inbox' : ''}.` });
      setUsername('');
      setEmail('');
      setTemporary('');
    } else setFeedback({ error: out.error });
  }

  return (
    <Panel id="create-user" title="Create a user (admin)" description={<>Calls <code className="font-mono">AdminCreateUser</code>: the user starts in FORCE_CHANGE_PASSWORD with a temporary password.</>}>
      <form onSubmit={submit} className="space-y-3">
        <TextField id="create-user-name" label="Username" value={username} onChange={(e) => setUsername(e.target.value)} autoComplete="off" required />
        <TextField id="create-user-email" label="Email" type="email" value={email} onChange={(e) => setEmail(e.target.value)} autoComplete="off" />
        <TextField
          id="create-user-temp"
          label="Temporary password"
          hint="Leave empty and Cognito generates one that meets the password policy."
          type="text"
          value={temporary}
          onChange={(e) => setTemporary(e.target.value)}
          autoComplete="off"
        />
        <CheckboxField id="create-user-invite" label="Send the invitation by email" checked={invite} onChange={setInvite} />
        <CheckboxField id="create-user-verified" label="Mark the email address as verified" checked={verified} onChange={setVerified} />
        <SubmitButton>Create user</SubmitButton>
        <FormFeedback error={feedback.error} success={feedback.success} />
      </form>
    </Panel>
  );
}

function GroupsPanel() {
  const { pool, run } = usePoolState();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [precedence, setPrecedence] = useState('');
  const [roleArn, setRoleArn] = useState('');
  const [feedback, setFeedback] = useState<Feedback>({});
  const groups = pool ? Object.values(pool.groups) : [];

  async function submit(e: FormEvent) {
    e.preventDefault();
    const out = await run('CreateGroup', {
      GroupName: name,
      ...(description ? { Description: description } : {}),
      ...(precedence !== '' ? { Precedence: Number(precedence) } : {}),
      ...(roleArn ? { RoleArn: roleArn } : {}),
    });
    if (out.ok) {
      setFeedback({ success: `CreateGroup: ${name} exists.` });
      setName('');
      setDescription('');
      setPrecedence('');
      setRoleArn('');
    } else setFeedback({ error: out.error });
  }

  return (
    <Panel id="groups" title="Groups" description={<>Groups put users in roles: their names appear in the <code className="font-mono">cognito:groups</code> claim.</>}>
      {groups.length > 0 ? (
        <ul className="mb-4 space-y-1 text-sm">
          {groups.map((g) => (
            <li key={g.GroupName}>
              <span className="font-mono font-semibold">{g.GroupName}</span>
              {g.Precedence !== undefined ? <span className="text-muted"> · precedence {g.Precedence}</span> : null}
              {g.RoleArn ? <span className="font-mono text-xs text-muted wrap-anywhere"> · {g.RoleArn}</span> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="mb-4 text-sm text-muted">No groups yet.</p>
      )}
      <form onSubmit={submit} className="space-y-3">
        <TextField id="group-name" label="Group name" value={name} onChange={(e) => setName(e.target.value)} autoComplete="off" required />
        <TextField id="group-description" label="Description" value={description} onChange={(e) => setDescription(e.target.value)} autoComplete="off" />
        <TextField id="group-precedence" label="Precedence" hint="Lower wins when a user's groups have roles." type="number" value={precedence} onChange={(e) => setPrecedence(e.target.value)} />
        <TextField id="group-role" label="IAM role ARN" value={roleArn} onChange={(e) => setRoleArn(e.target.value)} autoComplete="off" placeholder="arn:aws:iam::123456789012:role/Name" />
        <SubmitButton>Create group</SubmitButton>
        <FormFeedback error={feedback.error} success={feedback.success} />
      </form>
    </Panel>
  );
}
