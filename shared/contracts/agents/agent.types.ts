/** An admin user who may reply in the inbox, as the assign dialog lists them. */
export interface AgentView {
  id: number;
  firstname: string | null;
  lastname: string | null;
  email: string;
}
