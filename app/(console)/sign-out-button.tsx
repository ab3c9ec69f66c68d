"use client";

import { signOut } from "next-auth/react";
import { Button } from "@/app/_components/button";

export function SignOutButton() {
  return (
    <Button variant="secondary" onClick={() => signOut({ callbackUrl: "/sign-in" })}>
      Sign out
    </Button>
  );
}
