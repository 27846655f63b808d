# Decision rules simulated on `mlgate buildrisk evaluate --scores` files, each call made from the builds before it
# only; run by bench/buildrisk-rank-rule.sh (RULE=rank) and bench/buildrisk-plugin-rule.sh (RULE=plugin), W the
# window. Prints per file the F1 on broken builds of the model's calls, the baseline's and the rule's, then how many
# files the rule is above, level with and below the baseline on.
function f1(tp, fp, fn) { return tp ? 2 * tp / (2 * tp + fp + fn) : 0 }
# rank: the risk among the top k of the previous W, k how many of them broke (fewer than 20 earlier: the model's call)
function rank_call(i, lo,   j, k, above) {
  if (i - lo < 20) return mc[i]
  k = 0; above = 0
  for (j = lo; j < i; j++) { k += y[j]; if (r[j] > r[i]) above++ }
  return k > 0 && above < k
}
# plugin: the risk above half the baseline's F1 on the previous W (fewer than 20 earlier, or that F1 0: the model's call)
function plugin_call(i, lo,   j, tp, fp, fn, t) {
  tp = 0; fp = 0; fn = 0
  for (j = lo; j < i; j++) { if (bc[j] && y[j]) tp++; else if (bc[j]) fp++; else if (y[j]) fn++ }
  t = f1(tp, fp, fn) / 2
  return (i - lo < 20 || t == 0) ? mc[i] : r[i] > t
}
function report(  i, lo, call, rtp, rfp, rfn, mtp, mfp, mfn, btp, bfp, bfn, d) {
  if (n == 0) return
  if (broken_total == 0) { printf "%s: no broken test build, left out\n", name; n = 0; return }
  for (i = 1; i <= n; i++) {
    lo = i - W; if (lo < 1) lo = 1
    call = RULE == "rank" ? rank_call(i, lo) : plugin_call(i, lo)
    if (call && y[i]) rtp++; else if (call) rfp++; else if (y[i]) rfn++
    if (mc[i] && y[i]) mtp++; else if (mc[i]) mfp++; else if (y[i]) mfn++
    if (bc[i] && y[i]) btp++; else if (bc[i]) bfp++; else if (y[i]) bfn++
  }
  d = f1(rtp, rfp, rfn) - f1(btp, bfp, bfn)
  printf "%s: %d test builds (%d broken): model F1 %.3f, baseline F1 %.3f, rule F1 %.3f (%+.3f)\n", name, n,
    broken_total, f1(mtp, mfp, mfn), f1(btp, bfp, bfn), f1(rtp, rfp, rfn), d
  if (d > 1e-9) up++; else if (d < -1e-9) down++; else level++
  n = 0; broken_total = 0
}
FNR == 1 { report(); name = FILENAME; next }
{ n++; y[n] = $5 + 0; r[n] = $6 + 0; mc[n] = $7 + 0; bc[n] = $8 + 0; broken_total += y[n] }
END { report(); printf "window %d: above the baseline on %d, level on %d, below on %d\n", W, up + 0, level + 0, down + 0 }
