/**
 * Answers kept by key, for work a run repeats with the same input file after file (a rule text, a
 * chart's axis): each key is computed once. Bounded: the whole store is dropped when full, so a
 * run over inputs that never repeat holds at most `limit` answers.
 */
export class Memo<T, K = string> {
  private readonly answers = new Map<K, T>();
  constructor(private readonly limit = 10_000) {}

  get(key: K, compute: () => T): T {
    let answer = this.answers.get(key);
    if (answer === undefined) {
      answer = compute();
      if (this.answers.size >= this.limit) this.answers.clear();
      this.answers.set(key, answer);
    }
    return answer;
  }
}
