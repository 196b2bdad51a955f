// The public face of client/src/follow-up: other features and the router import it from here, never its files.
import "./follow-up.css";

export { DueSoonPanel } from "./DueSoonPanel";
export { FollowUpPage } from "./FollowUpPage";
export { followUpLoader, yearlyReviewLoader } from "./follow-up-loader";
export { YearlyReviewPage } from "./YearlyReviewPage";
