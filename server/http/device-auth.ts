import type { FastifyRequest } from 'fastify';
import { PROTOCOL_HEADER, PROTOCOL_VERSION } from '../../shared/sync';
import type { Queryable } from '../db/database';
import { findDeviceByCredential, type Device } from '../store/devices';
import { HttpError } from './errors';

/**
 * The device behind a request: `Authorization: Bearer <credential>`. Looked up on every request,
 * so a revocation takes effect at the device's next request, not at some token expiry.
 */
export async function authenticateDevice(db: Queryable, request: FastifyRequest): Promise<Device> {
  const header = request.headers.authorization;
  const match = typeof header === 'string' ? /^Bearer\s+(\S{20,200})$/i.exec(header) : null;
  if (!match?.[1])
    throw new HttpError(401, 'unauthorized', '本设备尚未注册或凭据缺失：请用管理员提供的注册码注册本设备');
  const device = await findDeviceByCredential(db, match[1]);
  if (!device) throw new HttpError(401, 'unauthorized', '设备凭据无效：请联系管理员重新注册本设备');
  if (device.revoked)
    throw new HttpError(403, 'device-revoked', '本设备已被管理员停用：数据保留在本机，请联系管理员');
  return device;
}

/**
 * The protocol check of ARCHITECTURE.md: an older client gets 426 and a message it can show; a
 * client newer than the server is told the server needs updating. A request without the header
 * is taken as the current version (a browser opening a URL by hand).
 */
export function checkProtocol(request: Pick<FastifyRequest, 'headers'>, current = PROTOCOL_VERSION): void {
  const raw = request.headers[PROTOCOL_HEADER];
  if (raw === undefined) return;
  const version = Number(Array.isArray(raw) ? raw[0] : raw);
  if (!Number.isInteger(version) || version < 1)
    throw new HttpError(400, 'bad-request', `协议版本头 ${PROTOCOL_HEADER} 无效：${String(raw)}`);
  if (version < current)
    throw new HttpError(
      426,
      'protocol-too-old',
      `本柜台程序的同步协议（第 ${version} 版）已过时，中心要求第 ${current} 版：请升级柜台程序`,
    );
  if (version > current)
    throw new HttpError(
      400,
      'protocol-too-new',
      `本柜台程序的同步协议（第 ${version} 版）比中心服务（第 ${current} 版）新：请管理员升级中心服务`,
    );
}
