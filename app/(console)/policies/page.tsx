import { NotYetAvailable } from "@/app/_components/page-header";

export const metadata = { title: "Custom Policy" };

export default function Page() {
  return <NotYetAvailable title="Custom Policy" what="Custom policy configuration" />;
}
