import { Dexie, type EntityTable } from 'dexie';
import type { Catalog } from '../../shared/catalog';
import type { CaseEvent, CaseState, Credit } from '../../shared/domain';
import type { Hall, Role } from '../../shared/hall';
import { searchKeysOf } from './search-keys';

/** A catalog version as published by the central server; a case keeps the version it was accepted under. */
export interface CatalogRow {
  version: string;
  receivedAt: string;
  content: Catalog;
}

/** Internal key-value rows: device identity, sequence counters, sync cursors, current versions. */
export interface SyncStateRow {
  key: string;
  value: unknown;
}

/** Every case event this device holds: its own and those pulled from the server. Append-only. */
export type EventRow = CaseEvent;

/**
 * The projection of one case, kept beside its events for the workbench and search. It is always
 * `foldEvents(events of caseId)`; it is rewritten in the same transaction as each event.
 */
export interface CaseRow {
  caseId: string;
  caseNumber: string;
  windowCode: string;
  status: CaseState['status'];
  registeredOn: string;
  lastEventAt: string;
  /**
   * The search's keys (multi-entry index, searchKeysOf): case number, names, ID numbers and phones
   * whole, every part of a name and of the item name, the last 4 of an ID number or phone.
   */
  searchKeys: string[];
  state: CaseState;
}

/** One of this device's own events, waiting to be pushed in deviceSeq order. */
export interface OutboxRow {
  deviceSeq: number;
  eventId: string;
  caseId: string;
  queuedAt: string;
}

/** A scan or photo, stored once by content hash and referenced by events. */
export interface BlobRow {
  sha256: string;
  mime: string;
  size: number;
  data: Blob;
  createdAt: string;
  /** A page re-encoded for the archive: what it was before (not indexed; absent for other blobs). */
  original?: { mime: string; bytes: number; width?: number; height?: number; page?: number };
}

/** A blob not yet on the server. */
export interface BlobOutboxRow {
  sha256: string;
  queuedAt: string;
}

/** An officer as the hall publishes them, with the password verifier that lets login work offline. */
export interface OfficerRow {
  id: string;
  name: string;
  roles: Role[];
  windowCode?: string;
  sectionId?: string;
  servicePointCode?: string;
  verifier: string;
}

/** The credit list (信用名单) as published: good / normal / dishonest with its source and end date. */
export interface CreditRow {
  idNumber: string;
  level: Credit;
  source: string;
  until?: string;
}

export interface HallRow {
  id: string;
  content: Hall;
  receivedAt: string;
}

/** An intake in progress, saved on every step so that a reload or crash loses nothing. */
export interface DraftRow {
  id: string;
  officerId: string;
  updatedAt: string;
  content: unknown;
}

/** Where the server put an event in its log (from a pull): cases are folded in this order. */
export interface ServerOrderRow {
  eventId: string;
  caseId: string;
  serverSeq: number;
}

/** One of this device's events that the server stored as rejected, with the guard's reasons. */
export interface RejectedRow {
  eventId: string;
  deviceSeq: number;
  reasons: string[];
  rejectedAt: string;
}

/**
 * The one Dexie schema of the counter. Never edit a published version's stores: add a new
 * version with its upgrade, and a test for it (IndexedDB on a window PC outlives every update).
 */
export class CounterDb extends Dexie {
  catalogs!: EntityTable<CatalogRow, 'version'>;
  $syncState!: EntityTable<SyncStateRow, 'key'>;
  events!: EntityTable<EventRow, 'id'>;
  cases!: EntityTable<CaseRow, 'caseId'>;
  $outbox!: EntityTable<OutboxRow, 'deviceSeq'>;
  blobs!: EntityTable<BlobRow, 'sha256'>;
  $blobOutbox!: EntityTable<BlobOutboxRow, 'sha256'>;
  officers!: EntityTable<OfficerRow, 'id'>;
  credit!: EntityTable<CreditRow, 'idNumber'>;
  halls!: EntityTable<HallRow, 'id'>;
  drafts!: EntityTable<DraftRow, 'id'>;
  $serverOrder!: EntityTable<ServerOrderRow, 'eventId'>;
  $rejected!: EntityTable<RejectedRow, 'eventId'>;

  constructor(name = 'onewindow') {
    super(name);
    this.version(1).stores({
      catalogs: 'version, receivedAt',
      $syncState: 'key',
    });
    this.version(2).stores({
      events: 'id, caseId, [deviceId+deviceSeq], at',
      cases: 'caseId, &caseNumber, windowCode, status, registeredOn, lastEventAt, *searchKeys',
      $outbox: 'deviceSeq, eventId, caseId',
      blobs: 'sha256, createdAt',
      $blobOutbox: 'sha256',
      officers: 'id',
      credit: 'idNumber',
      halls: 'id',
      drafts: 'id, officerId, updatedAt',
    });
    // Sync (renderer/sync): the server's order of pulled events, and own events it rejected.
    this.version(3).stores({
      $serverOrder: 'eventId, caseId',
      $rejected: 'eventId, deviceSeq',
    });
    // The search finds any part of a name or item and the end of an ID or phone: the same index,
    // every case's keys made again (nothing else of the row changes).
    this.version(4)
      .stores({})
      .upgrade((tx) =>
        tx
          .table<CaseRow, string>('cases')
          .toCollection()
          .modify((row) => {
            row.searchKeys = searchKeysOf(row.state);
          }),
      );
  }
}

export const db = new CounterDb();
