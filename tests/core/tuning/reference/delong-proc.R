# The reference values of tst_evaluationarithmetic.cpp, from pROC 1.18 (Debian's r-cran-proc):
#   Rscript tests/core/tuning/reference/delong-proc.R
suppressMessages(library(pROC))
# Hanley & McNeil (1982) CT ratings 1-5: normal 33,6,6,11,2 ; abnormal 3,2,2,11,33
neg <- rep(1:5, c(33,6,6,11,2)); pos <- rep(1:5, c(3,2,2,11,33))
r <- roc(c(rep(0,length(neg)),rep(1,length(pos))), c(neg,pos), direction="<", quiet=TRUE)
ci <- ci.auc(r, method="delong")
cat(sprintf("HM auc=%.15f low=%.15f high=%.15f se=%.15f\n", auc(r), ci[1], ci[3], sqrt(var(r, method="delong"))))
# a fixed paired set: 12 leads, two models
y <- c(1,1,1,1,1,0,0,0,0,0,0,0)
a <- c(80,65,65,40,30,65,50,30,20,20,10,0)
b <- c(90,70,40,55,20,30,60,20,25,10,45,5)
ra <- roc(y, a, direction="<", quiet=TRUE); rb <- roc(y, b, direction="<", quiet=TRUE)
cia <- ci.auc(ra, method="delong"); cib <- ci.auc(rb, method="delong")
cat(sprintf("A auc=%.15f low=%.15f high=%.15f se=%.15f\n", auc(ra), cia[1], cia[3], sqrt(var(ra, method="delong"))))
cat(sprintf("B auc=%.15f low=%.15f high=%.15f se=%.15f\n", auc(rb), cib[1], cib[3], sqrt(var(rb, method="delong"))))
t <- roc.test(ra, rb, method="delong", paired=TRUE)
d <- auc(rb)-auc(ra)
cat(sprintf("diff=%.15f z=%.15f se=%.15f p=%.15f\n", d, t$statistic, -d/t$statistic, t$p.value))
print(t$conf.int)
