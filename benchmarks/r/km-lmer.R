# Times survival::survfit (Kaplan-Meier) and lme4::lmer (REML random intercept, y ~ x + (1 | group)) on the CSV the
# .NET side wrote, then compares R's estimates with the .NET ones written next to it. Run through benchmarks/r/run.sh.
# Usage: Rscript benchmarks/r/km-lmer.R DIR [runs]
suppressPackageStartupMessages({ library(survival); library(lme4) })
args <- commandArgs(trailingOnly = TRUE)
dir <- args[1]
runs <- if (length(args) > 1) as.integer(args[2]) else 5
d <- read.csv(file.path(dir, "data.csv"))

measure <- function(f) {
  first <- system.time(result <- f())[["elapsed"]]
  times <- vapply(seq_len(runs), function(i) system.time(f())[["elapsed"]], numeric(1))
  list(result = result, first = first, median = median(times))
}
km <- measure(function() survfit(Surv(time, event) ~ 1, data = d))
mm <- measure(function() lmer(y ~ x + (1 | group), data = d, REML = TRUE))

fit <- km$result
keep <- fit$n.event > 0
r_km <- data.frame(time = fit$time[keep], n.risk = fit$n.risk[keep], n.event = fit$n.event[keep],
                   surv = fit$surv[keep], std.err = fit$std.err[keep])
m <- mm$result
vc <- as.data.frame(VarCorr(m))
r_lmer <- c(
  "estimate (Intercept)" = fixef(m)[["(Intercept)"]], "se (Intercept)" = sqrt(diag(as.matrix(vcov(m))))[[1]],
  "estimate x" = fixef(m)[["x"]], "se x" = sqrt(diag(as.matrix(vcov(m))))[[2]],
  "group variance" = vc$vcov[vc$grp == "group"], "residual variance" = vc$vcov[vc$grp == "Residual"],
  "REML criterion" = unname(REMLcrit(m)))

cat(sprintf("R %s, survival %s, lme4 %s, %d rows\n", getRversion(), packageVersion("survival"), packageVersion("lme4"), nrow(d)))
cat(sprintf("R: survfit first %.4f s, median %.4f s; lmer first %.4f s, median %.4f s\n", km$first, km$median, mm$first, mm$median))
write.csv(data.frame(what = c("kaplan-meier", "lmer"), first_s = c(km$first, mm$first), median_s = c(km$median, mm$median)),
          file.path(dir, "r-times.csv"), row.names = FALSE)

ok <- TRUE
net_km <- read.csv(file.path(dir, "dotnet-km.csv"))
if (nrow(net_km) != nrow(r_km) || any(net_km$time != r_km$time) || any(net_km$n.risk != r_km$n.risk) || any(net_km$n.event != r_km$n.event)) {
  cat("Kaplan-Meier: event times or counts differ\n"); ok <- FALSE
} else {
  for (col in c("surv", "std.err")) {
    diff <- max(abs(net_km[[col]] - r_km[[col]]))
    same6 <- all(round(net_km[[col]], 6) == round(r_km[[col]], 6))
    cat(sprintf("Kaplan-Meier %-8s at %d event times: max |.NET - R| = %.3g; equal to 6 decimals: %s\n", col, nrow(r_km), diff, same6))
    ok <- ok && diff < 1e-6
  }
}
net_lmer <- read.csv(file.path(dir, "dotnet-lmer.csv"))
for (name in names(r_lmer)) {
  net <- net_lmer$value[net_lmer$name == name]
  diff <- abs(net - r_lmer[[name]])
  cat(sprintf("lmer %-22s R %.9f  .NET %.9f  |diff| %.3g  equal to 6 decimals: %s\n", name, r_lmer[[name]], net, diff,
              round(net, 6) == round(r_lmer[[name]], 6)))
  ok <- ok && diff < 1e-6 * max(1, abs(r_lmer[[name]]))
}
cat(if (ok) "estimates agree (|diff| < 1e-6, relative for values above 1)\n" else "ESTIMATES DIFFER\n")
quit(status = if (ok) 0 else 1)
