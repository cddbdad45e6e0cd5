import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, In } from 'typeorm';
import type { ActionRequest, Attachment } from '@bastion/approvals-contracts';
import type { Principal } from '@bastion/platform-auth';
import { AttachmentStorage, StoredFiles } from '@bastion/platform-files';
import { requirePerson, visibleRequestCondition } from '../access';
import { ApprovalsError } from '../approvals-error';
import { AttachmentEntity } from '../persistence/entities/attachment.entity';

export function attachmentView(a: AttachmentEntity): Attachment {
  return {
    id: a.id,
    name: a.name,
    contentType: a.contentType,
    size: a.size,
    sha256: a.sha256,
    uploadedAt: a.uploadedAt.toISOString(),
    uploader: { personId: a.uploadedByPersonId, name: a.uploadedByName },
  };
}

/**
 * Uploaded files: checked, hashed and stored on upload; then the uploader's until they use it on
 * a request, and that request's from then on. A download is allowed to the uploader and to
 * whoever may see the request the file belongs to.
 */
@Injectable()
export class AttachmentsService extends StoredFiles<AttachmentEntity, Attachment> {
  constructor(@InjectDataSource() db: DataSource, storage: AttachmentStorage) {
    super(db, storage, {
      entity: AttachmentEntity,
      noun: 'attachment',
      uploader: (principal) => ({ personId: requirePerson(principal), name: principal.displayName }),
    });
  }

  protected view(attachment: AttachmentEntity): Attachment {
    return attachmentView(attachment);
  }

  ofRequest(requestId: string): Promise<Attachment[]> {
    return this.db
      .getRepository(AttachmentEntity)
      .find({ where: { requestId }, order: { uploadedAt: 'ASC', id: 'ASC' } })
      .then((rows) => rows.map(attachmentView));
  }

  /**
   * Binds files to a request: each must be the caller's own and not yet used elsewhere, or be on
   * this request already. All or nothing.
   */
  claim(
    principal: Principal,
    requestId: string,
    ids: readonly string[],
    field: string,
  ): Promise<AttachmentEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.db.transaction(async (inner) => {
      const claimed = (await inner.query(
        `UPDATE approvals.attachment SET request_id = $1
          WHERE id = ANY($2::uuid[]) AND (request_id = $1 OR (request_id IS NULL AND uploader_user_id = $3))
          RETURNING id`,
        [requestId, [...new Set(ids)], principal.userId],
      )) as [{ id: string }[], number];
      const got = new Set(claimed[0].map((r) => r.id));
      const missing = ids.findIndex((id) => !got.has(id));
      if (missing >= 0) {
        throw ApprovalsError.attachment(
          `${field}.${missing}`,
          'is not a file you uploaded, nor one already on this request',
        );
      }
      const rows = await inner.getRepository(AttachmentEntity).findBy({ id: In(ids) });
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id)!);
    });
  }

  /**
   * The files an action names, bound to the request, with their names and hashes as stored (the
   * ledger records what was uploaded, not what a client claims). A signature must be an image.
   */
  async claimForAction(
    principal: Principal,
    requestId: string,
    action: ActionRequest,
  ): Promise<Pick<ActionRequest, 'attachments' | 'signature'>> {
    const files = await this.claim(
      principal,
      requestId,
      action.attachments.map((a) => a.id),
      'attachments',
    );
    let signature = action.signature;
    if (signature) {
      const [image] = await this.claim(
        principal,
        requestId,
        [signature.attachmentId],
        'signature.attachmentId',
      );
      if (!image!.contentType.startsWith('image/')) {
        throw ApprovalsError.attachment('signature.attachmentId', 'must be an image of the signature');
      }
      signature = { attachmentId: image!.id, sha256: image!.sha256 };
    }
    return { attachments: files.map((f) => ({ id: f.id, name: f.name, sha256: f.sha256 })), signature };
  }

  /** Whether the caller may see the request the file belongs to. */
  protected async ownedForViewer(principal: Principal, attachment: AttachmentEntity): Promise<boolean> {
    if (!attachment.requestId) return false;
    const [visible, params] = visibleRequestCondition(principal);
    return this.db
      .createQueryBuilder()
      .select('1')
      .from('approvals.request', 'r')
      .where('r.id = :id', { id: attachment.requestId })
      .andWhere(visible, params)
      .getRawOne()
      .then((row) => row !== undefined);
  }
}
