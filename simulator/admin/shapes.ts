/**
 * Request shapes of the administrator user and group operations, with the
 * constraints of the Cognito API model (limits come from `facts.ts`).
 */
import { bool, int, list, opt, str, AttributeName, PaginationKey } from '../core/validate';
import { ADMIN_LISTS, GROUP_LIMITS } from '../facts';

/** QueryLimitType: Limit of the list operations. */
export const QueryLimit = opt(int({ min: ADMIN_LISTS.limit.value.min, max: ADMIN_LISTS.limit.value.max }));
/** NextToken of ListGroups, ListUsersInGroup, AdminListGroupsForUser (PaginationKey). */
export const NextToken = opt(PaginationKey);
/** SearchPaginationTokenType: ListUsers PaginationToken. */
export const SearchPaginationToken = opt(str({ min: 1, pattern: '[\\S]+' }));
/** UserFilterType: ListUsers Filter. */
export const UserFilter = opt(str({ max: ADMIN_LISTS.userFilterMaxLength.value }));
/** SearchedAttributeNamesListType: ListUsers AttributesToGet. */
export const AttributesToGet = opt(list(AttributeName));
/** DescriptionType: a group's description. */
export const GroupDescription = opt(str({ max: GROUP_LIMITS.descriptionMaxLength.value }));
/** PrecedenceType: a group's precedence. */
export const Precedence = opt(int({ min: GROUP_LIMITS.precedenceMin.value }));
/** MessageActionType: AdminCreateUser MessageAction. */
export const MessageAction = opt(str({ enum: ['RESEND', 'SUPPRESS'] as const }));
/** DeliveryMediumListType: AdminCreateUser DesiredDeliveryMediums. */
export const DeliveryMediums = opt(list(str({ enum: ['SMS', 'EMAIL'] as const })));
/** An optional boolean flag (ForceAliasCreation, Permanent). */
export const Flag = opt(bool());
