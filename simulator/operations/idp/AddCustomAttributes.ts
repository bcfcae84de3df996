import { defineOperation } from '../../core/context';
import { getPool } from '../../core/lookup';
import type { Json, SchemaAttribute } from '../../core/model';
import { list, struct, UserPoolId } from '../../core/validate';
import { QUOTAS } from '../../facts';
import { schemaOf } from '../../users/attributes';
import { addCustomAttributes } from '../../pools/schema';
import { SchemaAttribute as SchemaAttributeShape } from '../../pools/shapes';

/** AddCustomAttributes: adds `custom:` attributes (at most 25 a call, 50 in a pool) to the pool's schema. */
export const AddCustomAttributes = defineOperation(
  'AddCustomAttributes',
  struct({ UserPoolId, CustomAttributes: list(SchemaAttributeShape, { min: 1, max: QUOTAS.customAttributesPerCall.value }) }),
  async (ctx, input) => {
    const pool = getPool(ctx, input.UserPoolId);
    const schema: SchemaAttribute[] = addCustomAttributes(schemaOf(pool), input.CustomAttributes);
    pool.config.SchemaAttributes = schema as unknown as Json;
    pool.updatedAt = ctx.now();
    return {};
  },
);
