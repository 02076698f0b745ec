/** The part of autocannon's API the bench uses (the package ships no types). */
declare module "autocannon" {
  interface Result {
    requests: { average: number; total: number };
    non2xx: number;
    errors: number;
  }
  function autocannon(options: Record<string, unknown>): Promise<Result>;
  export default autocannon;
}
