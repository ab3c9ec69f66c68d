import { assertEmailVerified } from "../email-verification/service";
import { router } from "../trpc/init";
import { actorOf } from "../trpc/actor";
import { permittedProcedure } from "../trpc/procedures";
import { accessKeyIdInput, createAccessKeyInput } from "./rules";
import { createAccessKey, deleteAccessKey, listAccessKeys, setAccessKeyEnabled } from "./service";

export const accessKeyRouter = router({
  list: permittedProcedure("accessKey.manage").query(({ ctx }) => listAccessKeys(ctx.db, ctx.org.id)),
  create: permittedProcedure("accessKey.manage")
    .input(createAccessKeyInput)
    .mutation(async ({ ctx, input }) => {
      await assertEmailVerified(ctx.db, ctx.userId);
      return createAccessKey(ctx.db, actorOf(ctx), ctx.org.id, input.description);
    }),
  disable: permittedProcedure("accessKey.manage")
    .input(accessKeyIdInput)
    .mutation(({ ctx, input }) => setAccessKeyEnabled(ctx.db, actorOf(ctx), ctx.org.id, input.accessKeyId, false)),
  enable: permittedProcedure("accessKey.manage")
    .input(accessKeyIdInput)
    .mutation(({ ctx, input }) => setAccessKeyEnabled(ctx.db, actorOf(ctx), ctx.org.id, input.accessKeyId, true)),
  delete: permittedProcedure("accessKey.manage")
    .input(accessKeyIdInput)
    .mutation(({ ctx, input }) => deleteAccessKey(ctx.db, actorOf(ctx), ctx.org.id, input.accessKeyId)),
});
