// Names for the shapes of the Kompas HTTP API. Every type here is an alias of the one generated
// from docs/api/openapi.yaml (src/types/openapi.ts, `npm run types`), so the client cannot drift
// from the document the HTTP tests check against the server. Add a shape in openapi.yaml first.
import type { components } from './openapi';

type Schemas = components['schemas'];

// ---- Youth profile: regions, indicators, observations (bouwsteen 1A) ----
export type RegionLevel = Schemas['RegionLevel'];
export type Region = Schemas['Region'];
export type RegionDetail = Schemas['RegionDetail'];
export type Direction = Schemas['Direction'];
export type Indicator = Schemas['Indicator'];
export type ObservationStatus = Schemas['ObservationStatus'];
export type Observation = Schemas['Observation'];
export type ProfileEntry = Schemas['ProfileEntry'];
export type Profile = Schemas['Profile'];

export type ErrorCode = Schemas['ErrorCode'];
export type ErrorBody = Schemas['Error'];

/** A 95 % interval (Wilson for shares), as the server computes it. */
export type Interval = Schemas['Interval'];

// ---- Block 0: accounts, organisations, collaborations, evaluation, audit ----
export type OrganisationKind = Schemas['OrganisationKind'];
export type Organisation = Schemas['Organisation'];
export type Person = Schemas['Person'];
export type Session = Schemas['Session'];
export type CollaborationRole = Schemas['CollaborationRole'];
export type PersonRole = Schemas['PersonRole'];
export type Collaboration = Schemas['Collaboration'];
export type CollaborationCreate = Schemas['CollaborationCreate'];
export type Agreements = Schemas['Agreements'];
export type Partner = Schemas['Partner'];
export type PartnerCreate = Schemas['PartnerCreate'];
export type CollaborationDetail = Schemas['CollaborationDetail'];
export type EvaluationElement = Schemas['EvaluationElement'];
export type EvaluationRound = Schemas['EvaluationRound'];
export type ElementSummary = Schemas['ElementSummary'];
export type EvaluationResult = Schemas['EvaluationResult'];
export type EvaluationResponse = Schemas['EvaluationResponse'];
export type AuditRecord = Schemas['AuditRecord'];
export type AuditAction = AuditRecord['action'];

// ---- Blocks 1B and 2: ambitions, societal results, signals, progress ----
export type Ambition = Schemas['Ambition'];
export type AmbitionCreate = Schemas['AmbitionCreate'];
export type AmbitionDetail = Schemas['AmbitionDetail'];
export type SocietalResult = Schemas['SocietalResult'];
export type SocietalResultCreate = Schemas['SocietalResultCreate'];
export type SignalSource = Schemas['SignalSource'];
export type Signal = Schemas['Signal'];
export type SignalCreate = Schemas['SignalCreate'];
export type ProgressPoint = Schemas['Point'];
export type ProgressStatus = Schemas['ProgressStatus'];
export type Progress = Schemas['Progress'];
export type DashboardRow = Schemas['DashboardRow'];

// ---- Block 5: outcomes of youth care ----
export type Suppressed = Schemas['Suppressed'];
export type CountFigure = Schemas['CountFigure'];
export type ShareFigure = Schemas['ShareFigure'];
export type MeanFigure = Schemas['MeanFigure'];
export type ReentryFigure = Schemas['ReentryFigure'];
export type OutcomeRow = Schemas['OutcomeRow'];
export type ProviderRow = Schemas['ProviderRow'];
export type OutcomeReport = Schemas['OutcomeReport'];
export type Funnel = Schemas['Funnel'];
export type TrajectoryUploadResult = Schemas['TrajectoryUploadResult'];

// ---- Blocks 3B and 4: activities, their quality, decisions and the portfolio ----
export type Echelon = Schemas['Echelon'];
export type ActivityStatus = Schemas['ActivityStatus'];
export type ActivityYear = Schemas['ActivityYear'];
export type Activity = Schemas['Activity'];
export type NewActivity = Schemas['NewActivity'];
export type ActivityDecision = Schemas['ActivityDecision'];
export type NewActivityDecision = Schemas['NewActivityDecision'];
export type Level = Schemas['Level'];
export type ResultPriority = Schemas['ResultPriority'];
export type PortfolioFigures = Schemas['PortfolioFigures'];
export type Portfolio = Schemas['Portfolio'];
// ---- Block 4, provider side: quality conditions, contract lots, effectiveness questions ----
export type QualityCondition = Schemas['QualityCondition'];
export type ConditionStatus = Schemas['ConditionStatus'];
export type ConditionRecord = Schemas['ConditionRecord'];
export type ConditionUpdate = Schemas['ConditionUpdate'];
export type ProviderQuality = Schemas['ProviderQuality'];
export type ContractLot = Schemas['ContractLot'];
export type ContractLotCreate = Schemas['ContractLotCreate'];
export type LotCell = Schemas['LotCell'];
export type LotOverview = Schemas['LotOverview'];
export type EffectivenessQuestion = Schemas['EffectivenessQuestion'];
export type EffectivenessAnswer = Schemas['EffectivenessAnswer'];
export type EffectivenessConversation = Schemas['EffectivenessConversation'];
export type EffectivenessAnswerUpdate = Schemas['EffectivenessAnswerUpdate'];
// ---- Block 3A: theory of change ----
export type EvidenceStrength = Schemas['EvidenceStrength'];
export type ExpectedDirection = Schemas['ExpectedDirection'];
export type FigureVerdict = Schemas['FigureVerdict'];
export type IntermediateFigures = Schemas['IntermediateFigures'];
export type IntermediateOutcome = Schemas['IntermediateOutcome'];
export type IntermediateOutcomeCreate = Schemas['IntermediateOutcomeCreate'];
export type Assumption = Schemas['Assumption'];
export type AssumptionCreate = Schemas['AssumptionCreate'];
export type SharedGround = Schemas['SharedGround'];
export type TheoryOfChange = Schemas['TheoryOfChange'];
// ---- Block 6: improvement actions ----
export type ActionStatus = Schemas['ActionStatus'];
export type ImprovementAction = Schemas['ImprovementAction'];
export type NewImprovementAction = Schemas['NewImprovementAction'];
export type ActionStatusInput = Schemas['ActionStatusInput'];
export type ActionOwnerCandidate = Schemas['ActionOwnerCandidate'];
// ---- Block 6: the quality dialogue ----
export type AgendaKind = Schemas['AgendaKind'];
export type AgendaFigure = Schemas['AgendaFigure'];
export type AgendaItem = Schemas['AgendaItem'];
export type AgendaItemInput = Schemas['AgendaItemInput'];
export type ControlVerdict = Schemas['ControlVerdict'];
export type Dialogue = Schemas['Dialogue'];
export type DialogueAnswer = Schemas['DialogueAnswer'];
export type DialogueAnswerInput = Schemas['DialogueAnswerInput'];
export type DialogueQuestion = Schemas['DialogueQuestion'];
export type DialogueSummary = Schemas['DialogueSummary'];
export type ExplanationInput = Schemas['ExplanationInput'];
export type ExplanationStatus = Schemas['ExplanationStatus'];
export type FollowUpQuestion = Schemas['FollowUpQuestion'];
export type FollowUpQuestionInput = Schemas['FollowUpQuestionInput'];
export type NewDialogue = Schemas['NewDialogue'];
export type OutcomeFigureName = Schemas['OutcomeFigureName'];
export type ParticipantRole = Schemas['ParticipantRole'];
// ---- Issue 12: editing results and ambitions, and their history ----
export type AmbitionUpdate = Schemas['AmbitionUpdate'];
export type SocietalResultUpdate = Schemas['SocietalResultUpdate'];
export type FieldChange = Schemas['FieldChange'];
export type HistoryEntry = Schemas['HistoryEntry'];
// What a provider does with its outcome figures (issue 12).
export type OutcomeContact = Schemas['OutcomeContact'];
export type OutcomeContactInput = Schemas['OutcomeContactInput'];
export type ProviderAction = Schemas['ProviderAction'];
export type ProviderActionInput = Schemas['ProviderActionInput'];
export type ProviderNotes = Schemas['ProviderNotes'];
export type MunicipalityProviderNotes = Schemas['MunicipalityProviderNotes'];

// ---- Issue 15: administration in the browser and the one-time password link ----
export type AdminPerson = Schemas['AdminPerson'];
export type AccountCreate = Schemas['AccountCreate'];
export type AccountUpdate = Schemas['AccountUpdate'];
export type PasswordLink = Schemas['PasswordLink'];
export type CreatedAccount = Schemas['CreatedAccount'];
export type PasswordLinkInfo = Schemas['PasswordLinkInfo'];
export type OrganisationCreate = Schemas['OrganisationCreate'];
// ---- Issue 15: own data (uploads, the indicator editor) ----
export type OwnDataArea = Schemas['OwnDataArea'];
export type OwnDataUpload = Schemas['OwnDataUpload'];
export type OwnDataUploadResult = Schemas['OwnDataUploadResult'];
export type IndicatorDescription = Schemas['IndicatorDescription'];
export type IndicatorForEditing = Schemas['IndicatorForEditing'];
// Issue 15: similar municipalities and signals on the profile (profile2).
export type SimilarComparison = Schemas['SimilarComparison'];
export type SimilarEntry = Schemas['SimilarComparison']['entries'][number];
export type MunicipalityClasses = Schemas['MunicipalityClasses'];
export type AreaSignal = Schemas['AreaSignal'];
