/**
 * Every Amazon Cognito user pools operation the engine implements, one per
 * file, registered here by its AWS name.
 */
import type { Operation } from '../../core/context';
import { AdminLinkProviderForUser } from './AdminLinkProviderForUser';
import { AdminDisableProviderForUser } from './AdminDisableProviderForUser';
import { GlobalSignOut } from './GlobalSignOut';
import { AdminUserGlobalSignOut } from './AdminUserGlobalSignOut';
import { RevokeToken } from './RevokeToken';
import { SetUserMFAPreference } from './SetUserMFAPreference';
import { AdminSetUserMFAPreference } from './AdminSetUserMFAPreference';
import { CreateUserPool } from './CreateUserPool';
import { DescribeUserPool } from './DescribeUserPool';
import { UpdateUserPool } from './UpdateUserPool';
import { ListUserPools } from './ListUserPools';
import { DeleteUserPool } from './DeleteUserPool';
import { AddCustomAttributes } from './AddCustomAttributes';
import { CreateUserPoolClient } from './CreateUserPoolClient';
import { DescribeUserPoolClient } from './DescribeUserPoolClient';
import { UpdateUserPoolClient } from './UpdateUserPoolClient';
import { ListUserPoolClients } from './ListUserPoolClients';
import { DeleteUserPoolClient } from './DeleteUserPoolClient';
import { SetUserPoolMfaConfig } from './SetUserPoolMfaConfig';
import { GetUserPoolMfaConfig } from './GetUserPoolMfaConfig';
import { SignUp } from './SignUp';
import { ConfirmSignUp } from './ConfirmSignUp';
import { ResendConfirmationCode } from './ResendConfirmationCode';
import { ForgotPassword } from './ForgotPassword';
import { ConfirmForgotPassword } from './ConfirmForgotPassword';
import { ChangePassword } from './ChangePassword';
import { GetUser } from './GetUser';
import { UpdateUserAttributes } from './UpdateUserAttributes';
import { GetUserAttributeVerificationCode } from './GetUserAttributeVerificationCode';
import { VerifyUserAttribute } from './VerifyUserAttribute';
import { DeleteUser } from './DeleteUser';

import { AdminCreateUser } from './AdminCreateUser';
import { AdminGetUser } from './AdminGetUser';
import { AdminDeleteUser } from './AdminDeleteUser';
import { AdminDisableUser } from './AdminDisableUser';
import { AdminEnableUser } from './AdminEnableUser';
import { AdminResetUserPassword } from './AdminResetUserPassword';
import { AdminSetUserPassword } from './AdminSetUserPassword';
import { AdminUpdateUserAttributes } from './AdminUpdateUserAttributes';
import { AdminDeleteUserAttributes } from './AdminDeleteUserAttributes';
import { AdminConfirmSignUp } from './AdminConfirmSignUp';
import { ListUsers } from './ListUsers';
import { CreateGroup } from './CreateGroup';
import { GetGroup } from './GetGroup';
import { UpdateGroup } from './UpdateGroup';
import { DeleteGroup } from './DeleteGroup';
import { ListGroups } from './ListGroups';
import { AdminAddUserToGroup } from './AdminAddUserToGroup';
import { AdminRemoveUserFromGroup } from './AdminRemoveUserFromGroup';
import { AdminListGroupsForUser } from './AdminListGroupsForUser';
import { ListUsersInGroup } from './ListUsersInGroup';
import { InitiateAuth } from './InitiateAuth';
import { AdminInitiateAuth } from './AdminInitiateAuth';
import { RespondToAuthChallenge } from './RespondToAuthChallenge';
import { AdminRespondToAuthChallenge } from './AdminRespondToAuthChallenge';
import { AssociateSoftwareToken } from './AssociateSoftwareToken';
import { VerifySoftwareToken } from './VerifySoftwareToken';
import { CreateUserPoolDomain } from './CreateUserPoolDomain';
import { DescribeUserPoolDomain } from './DescribeUserPoolDomain';
import { UpdateUserPoolDomain } from './UpdateUserPoolDomain';
import { DeleteUserPoolDomain } from './DeleteUserPoolDomain';
import { CreateResourceServer } from './CreateResourceServer';
import { DescribeResourceServer } from './DescribeResourceServer';
import { UpdateResourceServer } from './UpdateResourceServer';
import { DeleteResourceServer } from './DeleteResourceServer';
import { ListResourceServers } from './ListResourceServers';
import { CreateIdentityProvider } from './CreateIdentityProvider';
import { DescribeIdentityProvider } from './DescribeIdentityProvider';
import { UpdateIdentityProvider } from './UpdateIdentityProvider';
import { DeleteIdentityProvider } from './DeleteIdentityProvider';
import { ListIdentityProviders } from './ListIdentityProviders';
import { GetIdentityProviderByIdentifier } from './GetIdentityProviderByIdentifier';
import { ConfirmDevice } from './ConfirmDevice';
import { GetDevice } from './GetDevice';
import { ListDevices } from './ListDevices';
import { ForgetDevice } from './ForgetDevice';
import { UpdateDeviceStatus } from './UpdateDeviceStatus';
import { AdminGetDevice } from './AdminGetDevice';
import { AdminListDevices } from './AdminListDevices';
import { AdminForgetDevice } from './AdminForgetDevice';
import { AdminUpdateDeviceStatus } from './AdminUpdateDeviceStatus';
/* eslint-disable @typescript-eslint/no-explicit-any */
export const idpOperations: Operation<any, any>[] = [
  GlobalSignOut,
  AdminUserGlobalSignOut,
  RevokeToken,
  SetUserMFAPreference,
  AdminSetUserMFAPreference,
  CreateUserPool,
  DescribeUserPool,
  UpdateUserPool,
  ListUserPools,
  DeleteUserPool,
  AddCustomAttributes,
  CreateUserPoolClient,
  DescribeUserPoolClient,
  UpdateUserPoolClient,
  ListUserPoolClients,
  DeleteUserPoolClient,
  SetUserPoolMfaConfig,
  GetUserPoolMfaConfig,
  SignUp,
  ConfirmSignUp,
  ResendConfirmationCode,
  ForgotPassword,
  ConfirmForgotPassword,
  ChangePassword,
  GetUser,
  UpdateUserAttributes,
  GetUserAttributeVerificationCode,
  VerifyUserAttribute,
  DeleteUser,
  AdminCreateUser,
  AdminGetUser,
  AdminDeleteUser,
  AdminDisableUser,
  AdminEnableUser,
  AdminResetUserPassword,
  AdminSetUserPassword,
  AdminUpdateUserAttributes,
  AdminDeleteUserAttributes,
  AdminConfirmSignUp,
  ListUsers,
  CreateGroup,
  GetGroup,
  UpdateGroup,
  DeleteGroup,
  ListGroups,
  AdminAddUserToGroup,
  AdminRemoveUserFromGroup,
  AdminListGroupsForUser,
  ListUsersInGroup,
  InitiateAuth,
  AdminInitiateAuth,
  RespondToAuthChallenge,
  AdminRespondToAuthChallenge,
  AssociateSoftwareToken,
  VerifySoftwareToken,
  CreateUserPoolDomain,
  DescribeUserPoolDomain,
  UpdateUserPoolDomain,
  DeleteUserPoolDomain,
  CreateResourceServer,
  DescribeResourceServer,
  UpdateResourceServer,
  DeleteResourceServer,
  ListResourceServers,
  CreateIdentityProvider,
  DescribeIdentityProvider,
  UpdateIdentityProvider,
  DeleteIdentityProvider,
  ListIdentityProviders,
  GetIdentityProviderByIdentifier,
  AdminLinkProviderForUser,
  AdminDisableProviderForUser,
  ConfirmDevice,
  GetDevice,
  ListDevices,
  ForgetDevice,
  UpdateDeviceStatus,
  AdminGetDevice,
  AdminListDevices,
  AdminForgetDevice,
  AdminUpdateDeviceStatus,
];
