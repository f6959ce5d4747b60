/**
 * @kaart/contract — what the server and its clients agree on: error codes, request and response
 * schemas, the endpoint list, the typed client and the OpenAPI document. Browser-safe.
 */
export { ERROR_CODES, ERROR_CODE_LIST } from "./error-codes";
export type { ErrorCode } from "./error-codes";
export { errorBodySchema } from "./error-body";
export type { ErrorBody } from "./error-body";
export { plainString, emailSchema, serverIdSchema, mapIdSchema } from "./text-fields";
export {
  userSchema, sessionInfoSchema, passwordSchema, signupBodySchema, loginBodySchema, passwordChangeBodySchema, apiTokenSchema,
  createdApiTokenSchema, createTokenBodySchema, instanceSettingsSchema, okSchema,
} from "./auth-schemas";
export type { User, SessionInfo } from "./auth-schemas";
export {
  ROLES, roleSchema, roleAtLeast, workspaceIdSchema, workspaceSchema, createWorkspaceBodySchema, memberSchema, memberParamsSchema,
  updateMemberBodySchema, createInvitationBodySchema, invitationPreviewSchema, invitationSchema, invitationTokenParamsSchema, workspaceParamsSchema,
} from "./workspace-schemas";
export type { InvitationPreview, Role, Workspace } from "./workspace-schemas";
export {
  EXPORT_FORMATS, IMPORT_FORMATS, exportFormatSchema, mapSummarySchema, documentJsonSchema, mapWithDocumentSchema, createMapBodySchema,
  importMapBodySchema, replaceDocumentBodySchema, duplicateMapBodySchema, listMapsQuerySchema, mapParamsSchema, exportQuerySchema,
  importXlsxQuerySchema, XLSX_MEDIA_TYPE,
} from "./map-schemas";
export type { ExportFormat, MapSummary } from "./map-schemas";
export { BACKLOG_KINDS, BACKLOG_SORTS, backlogItemSchema, backlogQuerySchema, backlogSchema, BACKLOG_ENDPOINTS } from "./backlog-schemas";
export type { BacklogItem, Backlog } from "./backlog-schemas";
export {
  workspacePersonaIdSchema, workspaceTouchpointIdSchema, personaFieldsSchema, touchpointFieldsSchema, workspacePersonaSchema, workspaceTouchpointSchema,
  libraryDeleteQuerySchema, LIBRARY_ENDPOINTS,
} from "./library-schemas";
export type { WorkspacePersona, WorkspaceTouchpoint } from "./library-schemas";
export { AUDIT_ACTIONS, auditActionSchema, auditEventSchema, auditQuerySchema, AUDIT_ENDPOINTS } from "./audit-schemas";
export type { AuditAction, AuditEvent } from "./audit-schemas";
export { ASSET_CONTENT_TYPES, ASSET_MAX_BYTES, ASSET_FIELD, assetIdSchema, assetSchema, assetParamsSchema, ASSET_ENDPOINTS } from "./asset-schemas";
export type { Asset } from "./asset-schemas";
export { NOTIFICATION_KINDS, notificationSchema, notificationListSchema, notificationQuerySchema, markReadBodySchema, NOTIFICATION_ENDPOINTS } from "./notification-schemas";
export type { Notification } from "./notification-schemas";
export { accountExportSchema, deleteAccountBodySchema, ACCOUNT_ENDPOINTS } from "./account-schemas";
export type { AccountExport } from "./account-schemas";
export { versionSchema, versionParamsSchema, createVersionBodySchema, versionWithDocumentSchema, diffQuerySchema, versionDiffSchema } from "./version-schemas";
export type { Version } from "./version-schemas";
export {
  EVENT_LOG_FORMATS, EVENT_LOG_ROLES, EVENT_LOG_ENDPOINTS, eventLogSchema, eventLogMappingSchema, eventLogPreviewSchema, observedJourneySchema,
} from "./event-logs/event-log-schemas";
export type { EventLogSummary, EventLogMapping, EventLogPreview, ObservedJourney } from "./event-logs/event-log-schemas";
export { shareLinkSchema, createdShareLinkSchema, createShareLinkBodySchema, shareLinkParamsSchema, sharedTokenParamsSchema, openSharedBodySchema, sharedMapSchema } from "./share-schemas";
export {
  commentTargetSchema, commentThreadIdSchema, commentMessageIdSchema, commentMessageSchema, commentThreadSchema, threadParamsSchema, messageParamsSchema,
  createThreadBodySchema, commentBodySchema, listThreadsQuerySchema, commentsChangedMessageSchema, COMMENT_ENDPOINTS,
} from "./comment-schemas";
export type { CommentTarget, CommentThread, CommentMessage } from "./comment-schemas";
export { endpoint } from "./endpoint";
export type { Endpoint, Access } from "./endpoint";
export { ENDPOINTS } from "./endpoints";
export type { Endpoints, EndpointName } from "./endpoints";
export { SESSION_COOKIE, CSRF_COOKIE, CSRF_HEADER } from "./csrf";
export { createClient, KaartApiError } from "./client";
export type { KaartClient, ClientOptions, FetchLike, ResponseLike } from "./client";
export { openApiDocument } from "./openapi";
