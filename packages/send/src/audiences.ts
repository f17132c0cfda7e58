/**
 * Audiences (`manage-audience.yml`): groups of users to narrowcast to, made from user IDs (as JSON,
 * or as a file on api-data.line.me for larger ones), from who clicked or saw a message, or shared
 * from LINE's Business Manager. Narrowcast to one with `recipient: { type: 'audience', audienceGroupId }`.
 */
import type { manageAudience } from '@linejsx/protocol';
import {
  audienceAddRequestSchema,
  audienceCreateRequestSchema,
  audienceDescriptionRequestSchema,
  clickAudienceRequestSchema,
  impressionAudienceRequestSchema,
} from '@linejsx/schema';
import { checked, data } from './calls.ts';
import { numbered } from './pages.ts';
import type { Call, Multipart } from './transport.ts';

/** Options of an audience made from IDs. */
export interface AudienceUploadOptions {
  /** The IDs are IFAs (advertising IDs), not user IDs. */
  readonly isIfaAudience?: boolean;
  /** A note about this upload, shown with its job. */
  readonly uploadDescription?: string;
}

/** Filters of an audience list (`getAudienceGroups`). */
export interface AudienceListOptions {
  /** Audiences whose name contains this. */
  readonly description?: string;
  readonly status?: manageAudience.AudienceGroupStatus;
  readonly createRoute?: manageAudience.AudienceGroupCreateRoute;
  /** Audiences per page (1 to 40; LINE's default 20). */
  readonly size?: number;
}

/** `client.audience`. */
export interface AudienceClient {
  /** Creates an audience from up to 10,000 user IDs (or IFAs) sent as JSON; it is ready (READY) once LINE has matched them. */
  create(description: string, ids?: Iterable<string>, options?: AudienceUploadOptions): Promise<manageAudience.CreateAudienceGroupResponse>;
  /** Creates an audience from IDs uploaded as a file (one per line) to api-data.line.me: for large audiences. */
  upload(description: string, ids: Iterable<string>, options?: AudienceUploadOptions): Promise<manageAudience.CreateAudienceGroupResponse>;
  /** Adds up to 10,000 user IDs (or IFAs) to an audience made from IDs. */
  addUsers(audienceGroupId: number, ids: Iterable<string>, options?: { readonly uploadDescription?: string }): Promise<void>;
  /** Adds IDs uploaded as a file to an audience made from IDs. */
  addUsersByFile(audienceGroupId: number, ids: Iterable<string>, options?: { readonly uploadDescription?: string }): Promise<void>;
  /** An audience of the users who clicked a URL (or any URL) of a broadcast or narrowcast, by its request ID. */
  createClickBased(
    description: string,
    requestId: string,
    clickUrl?: string,
  ): Promise<manageAudience.CreateClickBasedAudienceGroupResponse>;
  /** An audience of the users who saw a broadcast or narrowcast, by its request ID. */
  createImpressionBased(description: string, requestId: string): Promise<manageAudience.CreateImpBasedAudienceGroupResponse>;
  /** Renames an audience. */
  rename(audienceGroupId: number, description: string): Promise<void>;
  delete(audienceGroupId: number): Promise<void>;
  /** An audience and its upload jobs. */
  get(audienceGroupId: number): Promise<manageAudience.GetAudienceDataResponse>;
  /** Every audience of the channel, page after page. */
  list(options?: AudienceListOptions): AsyncIterableIterator<manageAudience.AudienceGroup>;
  /** Audiences shared with the channel from LINE's Business Manager. */
  readonly shared: {
    get(audienceGroupId: number): Promise<manageAudience.GetSharedAudienceDataResponse>;
    list(
      options?: AudienceListOptions & { readonly includesOwnedAudienceGroups?: boolean },
    ): AsyncIterableIterator<manageAudience.AudienceGroup>;
  };
}

/** IDs as a text file, one per line: LINE's upload format. */
function idFile(ids: Iterable<string>): Multipart['file'] {
  return { name: 'file', filename: 'audience.txt', type: 'text/plain', data: Buffer.from([...ids].join('\n')) };
}

export function audienceClient(call: Call): AudienceClient {
  const params = (audienceGroupId: number) => ({ audienceGroupId });
  const upload = (fields: Record<string, string | undefined>, ids: Iterable<string>): Multipart => ({ fields, file: idFile(ids) });
  const page = <T>(operationId: 'getAudienceGroups' | 'getSharedAudienceGroups', options: object) =>
    numbered(
      (n) => data<T & manageAudience.GetAudienceGroupsResponse>(call(operationId, { query: { ...options, page: n } })),
      (p) => p.audienceGroups,
      (p) => p.hasNextPage === true,
    );
  return {
    async create(description, ids, options = {}) {
      const body = checked(
        audienceCreateRequestSchema,
        { description, ...options, ...(ids ? { audiences: [...ids].map((id) => ({ id })) } : {}) },
        'the audience',
      );
      return data(call('createAudienceGroup', { body }));
    },
    async upload(description, ids, options = {}) {
      checked(audienceDescriptionRequestSchema, { description }, 'the audience');
      const fields = {
        description,
        isIfaAudience: options.isIfaAudience === undefined ? undefined : String(options.isIfaAudience),
        uploadDescription: options.uploadDescription,
      };
      return data(call('createAudienceForUploadingUserIds', { multipart: upload(fields, ids) }));
    },
    async addUsers(audienceGroupId, ids, options = {}) {
      const body = checked(
        audienceAddRequestSchema,
        { audienceGroupId, ...options, audiences: [...ids].map((id) => ({ id })) },
        'the audience upload',
      );
      await call('addAudienceToAudienceGroup', { body });
    },
    async addUsersByFile(audienceGroupId, ids, options = {}) {
      await call('addUserIdsToAudience', {
        multipart: upload({ audienceGroupId: String(audienceGroupId), uploadDescription: options.uploadDescription }, ids),
      });
    },
    createClickBased: async (description, requestId, clickUrl) =>
      data(
        call('createClickBasedAudienceGroup', {
          body: checked(clickAudienceRequestSchema, { description, requestId, ...(clickUrl ? { clickUrl } : {}) }, 'the audience'),
        }),
      ),
    createImpressionBased: async (description, requestId) =>
      data(
        call('createImpBasedAudienceGroup', { body: checked(impressionAudienceRequestSchema, { description, requestId }, 'the audience') }),
      ),
    async rename(audienceGroupId, description) {
      const body = checked(audienceDescriptionRequestSchema, { description }, 'the audience');
      await call('updateAudienceGroupDescription', { params: params(audienceGroupId), body });
    },
    async delete(audienceGroupId) {
      await call('deleteAudienceGroup', { params: params(audienceGroupId) });
    },
    get: (audienceGroupId) => data(call('getAudienceData', { params: params(audienceGroupId) })),
    list: (options = {}) => page('getAudienceGroups', options),
    shared: {
      get: (audienceGroupId) => data(call('getSharedAudienceData', { params: params(audienceGroupId) })),
      list: (options = {}) => page('getSharedAudienceGroups', options),
    },
  };
}
