// The public face of client/src/gallery: other features and the router import it from here, never its files.
export { AnswerTable, csvColumnsOf, evidenceColumn, type AnswerColumn } from "./AnswerTable";
export { AnswerHeader } from "./QuestionLayout";
export { useCsvDownload } from "./use-csv-download";
export { QuestionGallery } from "./QuestionGallery";
export { EventParticipationPage, eventParticipationLoader } from "./event-participation/EventParticipationPage";
export { FirmsAtEventsPage, firmsAtEventsLoader } from "./firms-at-events/FirmsAtEventsPage";
export { MembersByCommunePage, membersByCommuneLoader } from "./members-by-commune/MembersByCommunePage";
export { ProgrammeFundingPage, programmeFundingLoader } from "./programme-funding/ProgrammeFundingPage";
export { organizationKinds, parseSwitch } from "./question-params";
