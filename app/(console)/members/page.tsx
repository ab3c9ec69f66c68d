import { NotYetAvailable } from "@/app/_components/page-header";

export const metadata = { title: "Members" };

export default function Page() {
  return <NotYetAvailable title="Members" what="Member management" />;
}
