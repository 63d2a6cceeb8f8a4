package cn.gov.hlj.consumptionaid.shared.importing;

import java.util.List;

/** A commit refused because the file has problems; nothing was written. The problems say which rows and why. */
public class ImportRejectedException extends RuntimeException {

    private final transient List<ImportProblem> problems;

    public ImportRejectedException(List<ImportProblem> problems) {
        super(problems.size() + " problem(s), first: " + (problems.isEmpty() ? "-" : problems.getFirst()));
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> getProblems() {
        return problems;
    }
}
