import { useRouteLoaderData } from "react-router";
import { allows, type Role } from "./roles";
import { sessionRouteId, type Viewer } from "./session-loader";

/** Who is signed in, and whether their role allows `role`. */
export function useViewer(): Viewer & { can: (role: Role) => boolean } {
  const viewer = useRouteLoaderData(sessionRouteId) as Viewer | undefined;
  const known: Viewer = viewer ?? { id: null, name: null, roles: [], anonymousRead: true };
  return { ...known, can: (role: Role) => (role === "viewer" && known.anonymousRead) || allows(known.roles, role) };
}
