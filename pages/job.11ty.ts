/** One page per job offer, expired ones included (they say so). */
import { jobPage } from "../_includes/layouts/job.ts";
import type { Job } from "../lib/jobs.ts";

interface Data {
  job: Job;
}

export default class JobTemplate {
  data() {
    return {
      pagination: { data: "press.jobs", size: 1, alias: "job", addAllPagesToCollections: true },
      permalink: (data: Data) => data.job.url,
    };
  }

  render(data: Data): string {
    return jobPage(data.job);
  }
}
