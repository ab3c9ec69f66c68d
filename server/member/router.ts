import { router } from "../trpc/init";
import { memberActorOf } from "../trpc/actor";
import { permittedProcedure } from "../trpc/procedures";
import { changeRoleInput, memberIdInput } from "./rules";
import { changeRole, leaveOrganization, listMembers, removeMember, transferOwnership } from "./service";

export const memberRouter = router({
  list: permittedProcedure("organization.read").query(({ ctx }) => listMembers(ctx.db, ctx.org.id)),

  updateRole: permittedProcedure("member.manage")
    .input(changeRoleInput)
    .mutation(({ ctx, input }) => changeRole(ctx.db, memberActorOf(ctx), ctx.org.id, input)),

  remove: permittedProcedure("member.manage")
    .input(memberIdInput)
    .mutation(({ ctx, input }) => removeMember(ctx.db, memberActorOf(ctx), ctx.org.id, input.membershipId)),

  leave: permittedProcedure("organization.read").mutation(({ ctx }) => leaveOrganization(ctx.db, memberActorOf(ctx), ctx.org.id)),

  transferOwnership: permittedProcedure("organization.own")
    .input(memberIdInput)
    .mutation(({ ctx, input }) => transferOwnership(ctx.db, memberActorOf(ctx), ctx.org.id, input.membershipId)),
});
