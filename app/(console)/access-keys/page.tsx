import type { Metadata } from "next";
import { AccessKeysView } from "./access-keys-view";

export const metadata: Metadata = { title: "Access Keys" };

export default function AccessKeysPage() {
  return <AccessKeysView />;
}
