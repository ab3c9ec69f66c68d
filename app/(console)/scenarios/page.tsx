import { NotYetAvailable } from "@/app/_components/page-header";

export const metadata = { title: "Scenarios" };

export default function Page() {
  return <NotYetAvailable title="Scenarios" what="Scenario management" />;
}
