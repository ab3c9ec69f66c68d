import { router } from "../trpc/init";
import { permittedProcedure } from "../trpc/procedures";
import { listAuditEntriesInput } from "./rules";
import { listAuditActors, listAuditEntries } from "./service";

// Read-only on purpose: an audit log that its readers could edit would prove nothing. Entries are
// written only by recordAudit, inside the transactions of the changes they describe.
export const auditRouter = router({
  list: permittedProcedure("audit.read")
    .input(listAuditEntriesInput)
    .query(({ ctx, input }) => listAuditEntries(ctx.db, ctx.org.id, input)),

  actors: permittedProcedure("audit.read").query(({ ctx }) => listAuditActors(ctx.db, ctx.org.id)),
});
