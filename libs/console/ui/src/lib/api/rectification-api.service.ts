import type { HttpEvent } from '@angular/common/http';
import { Injectable } from '@angular/core';
import { map, type Observable } from 'rxjs';
import type { z } from 'zod';
import type {
  batchActionRequestSchema,
  BatchListQuery,
  BatchReportView,
  BatchRow,
  BatchView,
  BoardQuery,
  BoardView,
  CreateBatch,
  FileRef,
  ImportResult,
  ItemActionRequest,
  ItemCountQuery,
  ItemCounts,
  ItemListQuery,
  ItemRow,
  ItemView,
  MigrateItemInput,
  RegisterItemInput,
  SourceSettingsView,
} from '@bastion/rectification-contracts';
import type { Created, Page, TerminationRequest } from '@bastion/shared-contracts';
import { failWith, ServiceApi } from './service-api';

/** Where the rectification service is reached: through the dev-server proxy or the reverse proxy. */
export const RECTIFICATION_API = '/api/rectification';

/** A batch action as the console sends it: the schema's input, so defaulted fields may be left out. */
export type BatchActionInput = z.input<typeof batchActionRequestSchema>;

/**
 * Query strings as the pages build them: every filter optional, booleans as `'true'`/`'false'`
 * (the service reads query flags as strings).
 */
type AsQuery<T> = { [K in keyof T]?: T[K] extends boolean | undefined ? 'true' | 'false' : T[K] };
export type BatchParams = Partial<BatchListQuery>;
export type ItemParams = AsQuery<ItemListQuery>;
export type CountParams = AsQuery<ItemCountQuery>;

/** The rectification service's HTTP API, typed by its contracts; every failure arrives as an ApiError. */
@Injectable({ providedIn: 'root' })
export class RectificationApi extends ServiceApi {
  constructor() {
    super(RECTIFICATION_API);
  }

  sources(): Observable<SourceSettingsView> {
    return this.get<SourceSettingsView>('/sources');
  }

  batches(query: BatchParams): Observable<Page<BatchRow>> {
    return this.page<BatchRow>('/batches', query);
  }

  /**
   * Opens a batch and answers with its id. The service answers with the new batch's view; an
   * answer of `{ id }` alone is taken as well.
   */
  createBatch(input: CreateBatch): Observable<string> {
    return this.post<BatchView | Created>(`/batches`, input).pipe(
      map((answer) => ('row' in answer ? answer.row.id : answer.id)),
    );
  }

  batch(id: string): Observable<BatchView> {
    return this.get<BatchView>(`/batches/${id}`);
  }

  actOnBatch(id: string, action: BatchActionInput): Observable<BatchView> {
    return this.post<BatchView>(`/batches/${id}/actions`, action);
  }

  registerItem(batchId: string, input: RegisterItemInput): Observable<Created> {
    return this.post<Created>(`/batches/${batchId}/items`, input);
  }

  /** An item under way on paper, with its real dates; a refusal lists every step's problem in its details. */
  migrateItem(batchId: string, input: MigrateItemInput): Observable<Created> {
    return this.post<Created>(`/batches/${batchId}/items/migrate`, input);
  }

  importTemplate(batchId: string): Observable<Blob> {
    return this.blob(`/batches/${batchId}/import-template`);
  }

  /** Uploads a filled-in template; the events carry the upload's progress, the last one the answer. */
  importItems(batchId: string, file: File): Observable<HttpEvent<ImportResult>> {
    const body = new FormData();
    body.append('file', file, file.name);
    return this.http
      .post<ImportResult>(`${this.base}/batches/${batchId}/import`, body, {
        reportProgress: true,
        observe: 'events',
      })
      .pipe(failWith());
  }

  report(batchId: string, edition: 'internal' | 'public'): Observable<BatchReportView> {
    return this.get<BatchReportView>(`/batches/${batchId}/report`, { edition });
  }

  items(query: ItemParams): Observable<Page<ItemRow>> {
    return this.page<ItemRow>('/items', query);
  }

  counts(query: CountParams): Observable<ItemCounts> {
    return this.get<ItemCounts>('/items/counts', query);
  }

  item(id: string): Observable<ItemView> {
    return this.get<ItemView>(`/items/${id}`);
  }

  actOnItem(id: string, action: ItemActionRequest): Observable<ItemView> {
    return this.post<ItemView>(`/items/${id}/actions`, action);
  }

  /** Terminates a stuck item (system administrators). */
  terminateItem(id: string, body: TerminationRequest): Observable<ItemView> {
    return this.post<ItemView>(`/items/${id}/terminate`, body);
  }

  upload(file: Blob, name: string): Observable<FileRef> {
    return this.uploadFile<FileRef>('/files', file, name);
  }

  /** A stored file; the call carries the session, so a plain link would not do. */
  download(id: string): Observable<Blob> {
    return this.blob(`/files/${id}`);
  }

  /** The ledger (整改台账) of the items the filters select, as a spreadsheet. */
  exportLedger(query: CountParams): Observable<Blob> {
    return this.blob('/export.xlsx', query);
  }

  board(query: Partial<BoardQuery>): Observable<BoardView> {
    return this.get<BoardView>('/board', query);
  }
}
