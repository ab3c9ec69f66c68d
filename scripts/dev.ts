// `npm run dev`: the same server process as `npm start`, with Next's development server inside.
import { startServer } from "../server/main";

const port = Number(process.env.PORT || 3000);
await startServer({ port, dev: true });
console.log(`Captcha Console (development) on http://localhost:${port}`);
