/**
 * Test support: the real AWS SDK for JavaScript v3 talking to an in-process
 * simulator. The SDK builds, signs and parses real AWS JSON 1.1 requests; only
 * the transport is replaced by a handler that hands the body to the engine.
 */
import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { Readable } from 'node:stream';
import { isCognitoError, type Simulator } from '../../simulator';

export function inProcessHandler(sim: Simulator) {
  return {
    metadata: { handlerProtocol: 'in-process' },
    async handle(request: { headers: Record<string, string>; body?: unknown }) {
      const target = String(request.headers['x-amz-target'] ?? request.headers['X-Amz-Target'] ?? '');
      const raw = typeof request.body === 'string' ? request.body : request.body ? new TextDecoder().decode(request.body as Uint8Array) : '{}';
      let status = 200;
      let payload: unknown;
      try {
        payload = await sim.call(target, raw ? JSON.parse(raw) : {});
      } catch (e) {
        if (!isCognitoError(e)) throw e;
        status = e.statusCode;
        payload = e.toJSON();
      }
      const body = JSON.stringify(payload);
      return {
        response: {
          statusCode: status,
          reason: status === 200 ? 'OK' : 'Bad Request',
          headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': 'in-process' },
          body: Readable.from([Buffer.from(body)]),
        },
      };
    },
    updateHttpClientConfig() {},
    httpHandlerConfigs() {
      return {};
    },
    destroy() {},
  };
}

/** An SDK client wired to `sim`, with dummy credentials (admin operations are signed as usual). */
export function sdkClient(sim: Simulator): CognitoIdentityProviderClient {
  return new CognitoIdentityProviderClient({
    region: sim.region,
    credentials: { accessKeyId: 'AKIDSANDBOX', secretAccessKey: 'sandbox-secret' },
    requestHandler: inProcessHandler(sim),
  });
}
