import { NotYetAvailable } from "@/app/_components/page-header";

export const metadata = { title: "Audit Log" };

export default function Page() {
  return <NotYetAvailable title="Audit Log" what="The audit log" />;
}
