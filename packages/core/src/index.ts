/**
 * @kaart/core — the journey domain. Runs in browsers and Node: no DOM, no `node:` imports.
 * This is the package's only entry; every export is named here on purpose (no `export *`).
 * Sections are kept in folder order; add a line in the section of the folder you change.
 */

// records/
export { ID_PREFIXES, idSchema, isId, idSuffix, newId, cryptoRandom } from "./records/ids";
export type { Id, IdPrefix, MapId, StageId, StepId, LaneId, CellId, CardId, EmotionId, PersonaId, TouchpointId, FlowId, AnchorId, RandomSource } from "./records/ids";
export { richTextSchema, textRunSchema, safeHrefSchema, plainText, richText } from "./records/rich-text";
export type { RichText, TextRun } from "./records/rich-text";
export { orderKeySchema, byOrder } from "./records/order-key";
export { CURRENT_SCHEMA_VERSION } from "./records/migration";
export type { RecordMigration } from "./records/migration";
export { CHANNEL_TYPES, channelTypeSchema, OFFLINE_CHANNELS } from "./records/channel";
export type { ChannelType } from "./records/channel";
export { EVIDENCE_KINDS, evidenceSchema } from "./records/evidence";
export type { Evidence } from "./records/evidence";
export { kpiSchema } from "./records/kpi";
export type { Kpi } from "./records/kpi";
export { emotionScaleSchema, EMOTION_SCALES, convertScore, normalizeScore } from "./records/emotion-scale";
export type { EmotionScale } from "./records/emotion-scale";
export { MAP_KINDS, localeSchema, journeyMapSchema } from "./records/journey-map";
export type { JourneyMap, MapKind } from "./records/journey-map";
export { stageSchema } from "./records/stage";
export type { Stage } from "./records/stage";
export { stepSchema } from "./records/step";
export type { Step } from "./records/step";
export { LANE_TYPES, laneTypeSchema, laneSchema, CARD_LANE_TYPES } from "./records/lane";
export type { Lane, LaneType } from "./records/lane";
export { cellSchema, cellContentSchema, cellIdFor } from "./records/cell";
export type { Cell, CellContent, CellContentKind } from "./records/cell";
export { CARD_KINDS, CARD_STATUSES, cardSchema, feasibilityOf } from "./records/card";
export type { Card, CardKind, CardStatus } from "./records/card";
export { emotionPointSchema, emotionIdFor } from "./records/emotion-point";
export type { EmotionPoint, EmotionVariant } from "./records/emotion-point";
export { personaSchema } from "./records/persona";
export type { Persona } from "./records/persona";
export { touchpointSchema } from "./records/touchpoint";
export type { Touchpoint } from "./records/touchpoint";
export { flowEdgeSchema } from "./records/flow-edge";
export type { FlowEdge } from "./records/flow-edge";
export { commentAnchorSchema } from "./records/comment-anchor";
export type { CommentAnchor } from "./records/comment-anchor";
export { translationSchema, translationIdFor } from "./records/translation";
export type { Translation } from "./records/translation";

// document/
export { TABLES, TABLE_NAMES } from "./document/tables";
export type { TableName, RecordOf } from "./document/tables";
export { DOCUMENT_FORMAT, journeyDocumentSchema, emptyDocument } from "./document/journey-document";
export type { JourneyDocument, Tables } from "./document/journey-document";
export { toPointer } from "./document/document-issue";
export type { DocumentIssue, DocumentIssueCode } from "./document/document-issue";
export { migrateDocument } from "./document/migrate-document";
export { validateDocument, parseDocument, InvalidDocumentError } from "./document/validate-document";
export type { ValidationResult } from "./document/validate-document";
export { referenceIssues } from "./document/reference-checks";
export { orderedStages, stepsOfStage, orderedSteps, orderedLanes, cardsAt } from "./document/ordered-records";

// patch/
export { EMPTY_PATCH, concatPatches } from "./patch/patch";
export type { Patch, PatchOp } from "./patch/patch";
export { succeed, fail } from "./patch/operation-result";
export type { OperationResult, OperationError } from "./patch/operation-result";
export { applyPatch } from "./patch/apply-patch";
export { spliceString, spliceRichText } from "./patch/splice-text";

// operations/
export type { OperationContext } from "./operations/operation-context";
export { orderKeyBetween, OrderKeyError } from "./operations/order-key-between";
export type { Position } from "./operations/position";
export { TEXT_FIELDS, textFieldKind, tableOfId } from "./operations/text-fields";
export type { TextFieldKind } from "./operations/text-fields";
export { canonicalRichText, sameRichText } from "./operations/canonical-rich-text";
export { minimalSplice } from "./operations/text-splice";
export { addStage } from "./operations/add-stage";
export type { AddStageArgs } from "./operations/add-stage";
export { renameStage } from "./operations/rename-stage";
export type { RenameStageArgs } from "./operations/rename-stage";
export { moveStage } from "./operations/move-stage";
export type { MoveStageArgs } from "./operations/move-stage";
export { removeStage } from "./operations/remove-stage";
export type { RemoveStageArgs } from "./operations/remove-stage";
export { addStep } from "./operations/add-step";
export type { AddStepArgs } from "./operations/add-step";
export { renameStep } from "./operations/rename-step";
export type { RenameStepArgs } from "./operations/rename-step";
export { moveStep } from "./operations/move-step";
export type { MoveStepArgs } from "./operations/move-step";
export { removeStep } from "./operations/remove-step";
export type { RemoveStepArgs } from "./operations/remove-step";
export { addLane } from "./operations/add-lane";
export type { AddLaneArgs } from "./operations/add-lane";
export { renameLane } from "./operations/rename-lane";
export type { RenameLaneArgs } from "./operations/rename-lane";
export { moveLane } from "./operations/move-lane";
export type { MoveLaneArgs } from "./operations/move-lane";
export { removeLane } from "./operations/remove-lane";
export type { RemoveLaneArgs } from "./operations/remove-lane";
export { setCellContent } from "./operations/set-cell-content";
export type { SetCellContentArgs } from "./operations/set-cell-content";
export { clearCell } from "./operations/clear-cell";
export type { ClearCellArgs } from "./operations/clear-cell";
export { addCard } from "./operations/add-card";
export type { AddCardArgs } from "./operations/add-card";
export { updateCard } from "./operations/update-card";
export type { UpdateCardArgs } from "./operations/update-card";
export { moveCard } from "./operations/move-card";
export type { MoveCardArgs } from "./operations/move-card";
export { removeCard } from "./operations/remove-card";
export type { RemoveCardArgs } from "./operations/remove-card";
export { setEmotion } from "./operations/set-emotion";
export type { SetEmotionArgs } from "./operations/set-emotion";
export { removeEmotion } from "./operations/remove-emotion";
export type { RemoveEmotionArgs } from "./operations/remove-emotion";
export { addPersona } from "./operations/add-persona";
export type { AddPersonaArgs } from "./operations/add-persona";
export { updatePersona } from "./operations/update-persona";
export type { UpdatePersonaArgs } from "./operations/update-persona";
export { attachPersona } from "./operations/attach-persona";
export type { AttachPersonaArgs } from "./operations/attach-persona";
export { detachPersona } from "./operations/detach-persona";
export type { DetachPersonaArgs } from "./operations/detach-persona";
export { removePersona } from "./operations/remove-persona";
export type { RemovePersonaArgs } from "./operations/remove-persona";
export { addTouchpoint } from "./operations/add-touchpoint";
export type { AddTouchpointArgs } from "./operations/add-touchpoint";
export { updateTouchpoint } from "./operations/update-touchpoint";
export type { UpdateTouchpointArgs } from "./operations/update-touchpoint";
export { removeTouchpoint } from "./operations/remove-touchpoint";
export type { RemoveTouchpointArgs } from "./operations/remove-touchpoint";
export { flagMoment } from "./operations/flag-moment";
export type { FlagMomentArgs } from "./operations/flag-moment";
export { unflagMoment } from "./operations/unflag-moment";
export type { UnflagMomentArgs } from "./operations/unflag-moment";
export { addFlowEdge } from "./operations/add-flow-edge";
export type { AddFlowEdgeArgs } from "./operations/add-flow-edge";
export { removeFlowEdge } from "./operations/remove-flow-edge";
export type { RemoveFlowEdgeArgs } from "./operations/remove-flow-edge";
export { setTranslation } from "./operations/set-translation";
export type { SetTranslationArgs } from "./operations/set-translation";
export { updateMapInfo } from "./operations/update-map-info";
export type { UpdateMapInfoArgs } from "./operations/update-map-info";
export { setStepBinding } from "./operations/set-step-binding";
export type { SetStepBindingArgs } from "./operations/set-step-binding";
export { removeOrphans } from "./operations/remove-orphans";
export type { RemoveOrphansArgs } from "./operations/remove-orphans";
export { EDITOR_OPERATIONS, isOperationName, runOperation } from "./operations/operation-registry";
export type { OperationName } from "./operations/operation-registry";

// templates/
export { TEMPLATES } from "./templates/catalog";
export { TEMPLATE_LANGUAGES, templateSchema, localizedSchema } from "./templates/template-schema";
export type { Template, TemplateInput, TemplateLanguage, Localized } from "./templates/template-schema";
export { listTemplates } from "./templates/list-templates";
export type { TemplateSummary } from "./templates/list-templates";
export { instantiateTemplate, isTemplateLanguage } from "./templates/instantiate-template";
export type { InstantiateOptions } from "./templates/instantiate-template";

// analysis/
export { analyzeMap } from "./analysis/analyze-map";
export { analysisOptionsSchema } from "./analysis/analysis-options";
export type { AnalysisOptionsInput, AnalysisSettings } from "./analysis/analysis-options";
export { mapAnalysisSchema, GAP_KINDS, INCONSISTENCY_KINDS, QUADRANTS } from "./analysis/map-analysis";
export type { MapAnalysis, CurveMoments, FlaggedMoment, PainPointFinding, Gap, GapKind, Inconsistency, OpportunityFinding, Quadrant } from "./analysis/map-analysis";
export { locationSchema } from "./analysis/location";
export type { Location } from "./analysis/location";
export { emotionalLoad } from "./analysis/moments";
export { quadrantOf } from "./analysis/opportunities";
export { formatAnalysisText } from "./analysis/format-analysis-text";
// diff/
export { diffMaps } from "./diff/diff-maps";
export { formatDiffText } from "./diff/format-diff-text";
export { mapDiffSchema, tableDiffSchema, emotionDeltaSchema, DIFF_TABLES } from "./diff/map-diff";
export type { MapDiff, TableDiff, RecordRef, Place, EmotionDelta, MapInfoChange, DiffTable } from "./diff/map-diff";

// formats/
export { FORMATS, FORMAT_BY_EXTENSION, formatForPath } from "./formats/format-by-extension";
export type { FormatName } from "./formats/format-by-extension";
export type { FormatError, FormatErrorCode, FormatWarning, ReadResult, WriteResult, ImportOptions } from "./formats/format-result";
export { readJourneyJson } from "./formats/json/read";
export { writeJourneyJson } from "./formats/json/write";
export { readJourneyYaml } from "./formats/yaml/read";
export type { YamlLimits } from "./formats/yaml/read";
export { writeJourneyYaml } from "./formats/yaml/write";
export { readMermaid } from "./formats/mermaid/read";
export { writeMermaid } from "./formats/mermaid/write";
export { parseMermaidJourney } from "./formats/mermaid/parse-journey";
export type { MermaidJourney, MermaidSection, MermaidTask } from "./formats/mermaid/mermaid-journey";
export { readGridCsv } from "./formats/csv/read";
export { writeGridCsv } from "./formats/csv/write";
export { parseCsv, stringifyCsv } from "./formats/csv/rfc4180";
export { documentToGrid, GRID_LANE_COLUMNS } from "./formats/grid/document-to-grid";
export type { Grid } from "./formats/grid/document-to-grid";
export { gridToDocument, MAX_GRID_COLUMNS, MAX_GRID_ROWS } from "./formats/grid/grid-to-document";
export { escapeFormula, unescapeFormula } from "./formats/grid/formula-escape";
export { writeMarkdown } from "./formats/markdown/write";
export { guessLocale } from "./formats/guess-locale";

// lint/
export { lintDocument } from "./lint/lint-document";
export { LINT_RULES } from "./lint/lint-warning";
export type { LintWarning, LintCode, LintSeverity } from "./lint/lint-warning";

// render/
export { renderMapSvg } from "./render/render-map-svg";
export type { RenderOptions, AnchorMode } from "./render/render-context";
export { measureText } from "./render/measure-text";
export { wrapText } from "./render/wrap-text";
export { isRtlLocale } from "./render/text-direction";
export { fontStack } from "./render/text-style";
export type { TextStyle } from "./render/text-style";
