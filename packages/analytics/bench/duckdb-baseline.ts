import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";

/**
 * The same work in DuckDB SQL, as the yardstick for each benchmark row. Table `ev` holds the
 * log with `rn` (row number in the file) and `ts` (TIMESTAMPTZ), sorted by (case, ts, rn).
 */
export class DuckDbBaseline {
  private constructor(
    private readonly instance: DuckDBInstance,
    private readonly con: DuckDBConnection,
  ) {}

  static async open(threads = 2): Promise<DuckDbBaseline> {
    const instance = await DuckDBInstance.create(":memory:", { threads: String(threads) });
    return new DuckDbBaseline(instance, await instance.connect());
  }

  async ingest(csvPath: string): Promise<void> {
    const path = csvPath.replaceAll("'", "''");
    await this.con.run(
      `create or replace table ev as
       select case_id, activity, ts, rn from (
         select case_id, activity, cast(timestamp as timestamptz) ts, row_number() over () rn
         from read_csv('${path}', header = true, columns = {'case_id': 'varchar', 'activity': 'varchar', 'timestamp': 'varchar'}))
       order by case_id, ts, rn`,
    );
  }

  /** The directly-follows SQL of `../shared/conformance/analytics/README.md`. */
  dfg(): Promise<number> {
    return this.rows(`with s as (select activity a, lead(activity) over w b, epoch(lead(ts) over w) - epoch(ts) dt
      from ev window w as (partition by case_id order by ts, rn))
      select a, b, count(*) n, avg(dt) mean_s, median(dt) med_s from s where b is not null group by all`);
  }

  variants(top: number): Promise<number> {
    return this.rows(`select acts, count(*) n from (select list(activity order by ts, rn) acts from ev group by case_id)
      group by acts order by n desc limit ${top}`);
  }

  /** Greedy earliest-chain funnel (each step's first event after the previous one, inside the window). */
  funnel(steps: string[], windowSeconds: number): Promise<number> {
    const quote = (s: string) => `'${s.replaceAll("'", "''")}'`;
    const ctes = [`s0 as (select case_id, min(ts) t, min(ts) t0 from ev where activity = ${quote(steps[0]!)} group by case_id)`];
    for (let k = 1; k < steps.length; k++) {
      ctes.push(`s${k} as (select e.case_id, min(e.ts) t, any_value(p.t0) t0 from ev e join s${k - 1} p using (case_id)
        where e.activity = ${quote(steps[k]!)} and e.ts >= p.t and e.ts <= p.t0 + interval ${windowSeconds} second group by e.case_id)`);
    }
    return this.rows(`with ${ctes.join(",\n")} select ${steps.map((_, k) => `(select count(*) from s${k})`).join(", ")}`);
  }

  paths(steps: number): Promise<number> {
    return this.rows(`with p as (select activity a, lead(activity) over w b, row_number() over w pos from ev
      window w as (partition by case_id order by ts, rn))
      select pos, a, b, count(*) from p where pos <= ${steps} group by all`);
  }

  /** First-order next-step counts, the end of a case included (NULL). */
  predict(): Promise<number> {
    return this.rows(`select a, nxt, count(*) n from (select activity a, lead(activity) over (partition by case_id order by ts, rn) nxt from ev) group by all`);
  }

  close(): void {
    this.con.closeSync();
    this.instance.closeSync();
  }

  private async rows(sql: string): Promise<number> {
    const reader = await this.con.runAndReadAll(sql);
    return reader.currentRowCount;
  }
}
