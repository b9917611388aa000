package org.partiqlvm.examples.cli;

import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.partiqlvm.engine.BadRecordReason;
import org.partiqlvm.engine.Bindings;
import org.partiqlvm.engine.CompileOptions;
import org.partiqlvm.engine.CompiledPlan;
import org.partiqlvm.engine.PartiQLVM;
import org.partiqlvm.engine.PlanCompiler;
import org.partiqlvm.engine.RecordOutcome;
import org.partiqlvm.engine.RecordRunner;
import org.partiqlvm.engine.ResultRow;
import org.partiqlvm.engine.ResultStream;
import org.partiqlvm.engine.runtime.EvalMode;
import org.partiqlvm.engine.runtime.EvaluationException;
import org.partiqlvm.engine.runtime.LimitExceededException;
import org.partiqlvm.engine.runtime.Limits;
import org.partiqlvm.error.PartiQLException;
import org.partiqlvm.value.BagValue;
import org.partiqlvm.value.CollectionValue;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.ValueArena;
import org.partiqlvm.value.ValueDecodeException;
import org.partiqlvm.value.json.JsonProjection;
import org.partiqlvm.value.json.JsonRecordReader;
import org.partiqlvm.value.json.JsonValueReader;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code partiql}: runs one PartiQL statement over JSON or Ion records from a file or stdin, the
 * way the Flink operator runs it over a stream, so a query can be tried on real data before it is
 * deployed.
 *
 * <p>Exit codes: {@value #OK} success; {@value #QUERY_ERROR} the statement does not compile (syntax
 * or static error, with line:column and a caret); {@value #INPUT_ERROR} bad input with {@code
 * --on-error fail} (the record's line and the error), or an input that cannot be read (missing, a
 * directory, unreadable); {@value #USAGE_ERROR} a command-line usage error; {@value
 * #INTERNAL_ERROR} an internal failure (a bug: one line on stderr, the stack trace with {@code
 * --verbose}).
 */
@Command(
        name = "partiql",
        mixinStandardHelpOptions = true,
        version = "partiql 0.1.0 (PartiQLVM)",
        sortOptions = false,
        exitCodeOnInvalidInput = PartiQLCli.USAGE_ERROR,
        description = {
            "Runs a PartiQL statement over JSON or Ion records.",
            "",
            "Per-record mode (default): each record is bound as a one-element bag under --name and"
                    + " the statement's rows for it are printed, one value per line, in input"
                    + " order (the Flink operator's convention).",
            "Table mode (--table): the whole input is bound as one bag under --name, so GROUP BY,"
                    + " ORDER BY and joins see every record."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:the statement does not compile (syntax or static error)",
            "2:bad input with --on-error fail, or unreadable input",
            "64:command-line usage error",
            "70:internal failure (a bug; --verbose prints the stack trace)"
        })
public final class PartiQLCli implements Callable<Integer> {

    static final int OK = 0;
    static final int QUERY_ERROR = 1;
    static final int INPUT_ERROR = 2;
    static final int USAGE_ERROR = 64;
    static final int INTERNAL_ERROR = 70;

    /** Exactly one of --query and --query-file. */
    static final class QuerySource {
        @Option(
                names = {"-q", "--query"},
                paramLabel = "TEXT",
                description = "The PartiQL statement.")
        String text;

        @Option(
                names = {"-f", "--query-file"},
                paramLabel = "FILE",
                description = "A file holding the PartiQL statement.")
        Path file;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    QuerySource query;

    @Option(
            names = {"-i", "--input"},
            paramLabel = "FILE",
            defaultValue = "-",
            description =
                    "Input records: JSON Lines or a stream of JSON/Ion values; - for stdin"
                            + " (default: ${DEFAULT-VALUE}).")
    String input;

    @Option(
            names = "--format",
            paramLabel = "json|ion",
            defaultValue = "json",
            converter = FormatConverter.class,
            description = "Input format (default: ${DEFAULT-VALUE}).")
    InputFormat format;

    @Option(
            names = "--output-format",
            paramLabel = "json|ion",
            defaultValue = "json",
            converter = FormatConverter.class,
            description = "Output format (default: ${DEFAULT-VALUE}).")
    InputFormat outputFormat;

    @Option(
            names = "--mode",
            paramLabel = "coerce|strict",
            defaultValue = "coerce",
            converter = ModeConverter.class,
            description =
                    "coerce: type mismatches give MISSING; strict: they are errors (default:"
                            + " ${DEFAULT-VALUE}).")
    EvalMode mode;

    @Option(
            names = "--name",
            paramLabel = "NAME",
            defaultValue = "stream",
            description = "The name the statement reads the input by (default: ${DEFAULT-VALUE}).")
    String name;

    @Option(
            names = "--table",
            description = "Bind the whole input as one bag and print the statement's result.")
    boolean table;

    @Option(
            names = "--explain",
            arity = "0..1",
            fallbackValue = "physical",
            paramLabel = "physical|logical",
            description =
                    "Print the plan instead of running it: the compiled (physical) plan, or with"
                            + " --explain=logical the planner's logical plan.")
    String explain;

    @Option(
            names = "--on-error",
            paramLabel = "fail|skip|report",
            defaultValue = "fail",
            converter = OnErrorConverter.class,
            description =
                    "A bad record (malformed, or the statement fails on it): fail (exit 2), skip,"
                            + " or report on stderr and go on (default: ${DEFAULT-VALUE}).")
    OnError onError;

    @Option(
            names = "--limit",
            paramLabel = "NAME=VALUE",
            description =
                    "Sets a limit (repeatable), e.g. rows-per-record=1000 or record-size=1MB: "
                            + "rows-per-record, work-per-record, value-size, record-size,"
                            + " arena-size (nesting-depth is fixed at 200); defaults and errors"
                            + " in docs/robustness.md.")
    List<String> limitAssignments = new ArrayList<>();

    @Option(names = "--verbose", description = "On an internal failure, print the stack trace too.")
    boolean verbose;

    private Limits limits = Limits.DEFAULTS;

    private final InputStream stdin;
    private final PrintStream stdout;
    private final PrintStream stderr;

    /** A CLI reading stdin and writing to the given streams. */
    PartiQLCli(InputStream stdin, PrintStream stdout, PrintStream stderr) {
        this.stdin = stdin;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    /** Runs the CLI and exits with its exit code. */
    public static void main(String[] args) {
        System.exit(run(args, System.in, System.out, System.err));
    }

    /** Runs the CLI with the given streams and returns its exit code (for tests and embedding). */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        PartiQLCli command = new PartiQLCli(in, out, err);
        CommandLine cli = new CommandLine(command);
        cli.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> command.internalError(e));
        return cli.execute(args);
    }

    /** Reports a failure the CLI did not expect (a bug) in one line, and exits with 70. */
    private int internalError(Throwable e) {
        stdout.flush();
        stderr.println(
                "internal error: "
                        + e.getClass().getName()
                        + (e.getMessage() == null ? "" : ": " + firstLine(e.getMessage()))
                        + (verbose ? "" : " (run with --verbose for the stack trace)"));
        if (verbose) {
            e.printStackTrace(stderr);
        }
        return INTERNAL_ERROR;
    }

    @Override
    public Integer call() throws IOException {
        try {
            limits = Limits.of(limitAssignments.toArray(String[]::new));
        } catch (IllegalArgumentException e) {
            stderr.println("usage error: --limit: " + e.getMessage());
            return USAGE_ERROR;
        }
        CompiledPlan plan;
        try {
            plan = PlanCompiler.compile(statement(), CompileOptions.forStream(name).withMode(mode));
            if (!table && explain == null) {
                RecordRunner.checkRunnable(plan);
            }
        } catch (PartiQLException e) {
            stderr.println("query error: " + e.getMessage());
            return QUERY_ERROR;
        } catch (NoSuchFileException e) {
            stderr.println("query error: no such query file: " + e.getMessage());
            return QUERY_ERROR;
        } catch (IOException e) {
            stderr.println("query error: cannot read the query file: " + e);
            return QUERY_ERROR;
        }
        if (explain != null) {
            if (!explain.equals("physical") && !explain.equals("logical")) {
                stderr.println(
                        "usage error: --explain takes physical or logical, not '" + explain + "'");
                return USAGE_ERROR;
            }
            stdout.println(explain.equals("logical") ? plan.explainLogical() : plan.explain());
            return OK;
        }
        InputStream in;
        try {
            in = openInput();
        } catch (IOException e) {
            stderr.println("input error: " + describe(e));
            return INPUT_ERROR;
        }
        try (in;
                RecordReader records = new RecordReader(in, format, limits.recordSize());
                ResultPrinter printer = new ResultPrinter(nonClosing(stdout), outputFormat)) {
            return table ? runTable(plan, records, printer) : runPerRecord(plan, records, printer);
        } catch (IOException e) {
            stderr.println("input error: " + describe(e));
            return INPUT_ERROR;
        } catch (UncheckedIOException e) {
            stderr.println("input error: " + describe(e.getCause()));
            return INPUT_ERROR;
        }
    }

    private static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file: " + e.getMessage();
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied: " + e.getMessage();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /**
     * Runs the statement on each record through the {@link RecordRunner} the Flink operators use:
     * JSON decoded as their JSON codecs decode it (only what the plan observes, into one reused
     * arena), the same limits, rows all or none, every failure one classified bad record.
     */
    private int runPerRecord(CompiledPlan plan, RecordReader records, ResultPrinter printer)
            throws IOException {
        JsonRecordReader json = JsonValueReader.standard().recordReader();
        JsonProjection projection = plan.inputProjection(0);
        ValueArena arena = new ValueArena();
        RecordRunner<InputRecord, byte[]> runner =
                new RecordRunner<>(
                        "the statement",
                        plan,
                        null,
                        limits,
                        record ->
                                record.json() != null
                                        ? json.read(record.json(), projection, arena)
                                        : decoded(record),
                        ResultPrinter.encoder(plan, outputFormat));
        for (InputRecord record = nextGood(records); record != null; record = nextGood(records)) {
            if (record == STOP) {
                return INPUT_ERROR;
            }
            RecordOutcome outcome = runner.run(record);
            if (outcome.isOk()) {
                printer.printLines(runner.rows());
                continue;
            }
            if (outcome.reason() == BadRecordReason.MALFORMED_RECORD) {
                records.rejected(record);
            }
            if (!badRecord(record.line(), outcome.reason(), message(record, outcome.error()))) {
                return INPUT_ERROR;
            }
        }
        return OK;
    }

    /**
     * The value of a record the reader decoded (Ion), or the record-size error of one it could not
     * keep: the error the Flink operators give a record larger than the limit.
     */
    private Value decoded(InputRecord record) {
        if (record.tooLarge()) {
            throw new LimitExceededException(
                    Limits.RECORD_SIZE,
                    limits.recordSize(),
                    record.size() < 0
                            ? "the Ion value is longer than a record may be"
                            : "the record has " + record.size() + " bytes, more than a record may",
                    null,
                    null);
        }
        return record.value();
    }

    /**
     * The error's message; for a malformed record, with the error's place as a line of the input
     * (the decoders count lines from the record's start).
     */
    private static String message(InputRecord record, RuntimeException error) {
        if (error instanceof ValueDecodeException d && d.line() > 0) {
            return d.getMessageWithoutLocation()
                    + " (line "
                    + (record.line() + d.line() - 1)
                    + (d.column() > 0 ? ", column " + d.column() : "")
                    + ")";
        }
        return error.getMessage();
    }

    /** Marks the end of reading at a bad record under {@code --on-error fail}. */
    private static final InputRecord STOP = InputRecord.decoded(Value.NULL, -1);

    /**
     * The next record, applying {@code --on-error} to the malformed ones before it: null at the end
     * of the input, {@link #STOP} when a bad record ends the run.
     */
    private InputRecord nextGood(RecordReader records) throws IOException {
        while (true) {
            try {
                return records.next();
            } catch (BadRecordException e) {
                if (!badRecord(e.line(), BadRecordReason.MALFORMED_RECORD, e.detail())) {
                    return STOP;
                }
            }
        }
    }

    /**
     * Binds the whole input as one bag and runs the statement once, under the same limits: the
     * whole input is one record to them, so {@code rows-per-record} bounds the rows (or elements)
     * of the result and {@code work-per-record} the evaluation. Past a limit nothing is printed.
     */
    private int runTable(CompiledPlan plan, RecordReader records, ResultPrinter printer)
            throws IOException {
        List<Value> all = new ArrayList<>();
        for (InputRecord record = nextGood(records); record != null; record = nextGood(records)) {
            if (record == STOP) {
                return INPUT_ERROR;
            }
            try {
                all.add(
                        record.json() != null
                                ? JsonValueReader.standard().read(record.json())
                                : decoded(record));
            } catch (ValueDecodeException e) {
                records.rejected(record);
                if (!badRecord(
                        record.line(), BadRecordReason.MALFORMED_RECORD, message(record, e))) {
                    return INPUT_ERROR;
                }
            } catch (LimitExceededException e) {
                if (!badRecord(record.line(), BadRecordReason.LIMIT_EXCEEDED, e.getMessage())) {
                    return INPUT_ERROR;
                }
            }
        }
        PartiQLVM vm = new PartiQLVM(plan, null, limits);
        Bindings bindings = vm.newBindings().set(0, BagValue.of(all));
        try {
            if (plan.isQuery()) {
                try (ResultStream rows = vm.execute(bindings)) {
                    long printed = 0;
                    for (ResultRow row = rows.nextRow(); row != null; row = rows.nextRow()) {
                        checkRows(++printed);
                        printer.printRow(row);
                    }
                }
            } else {
                Value result = vm.evaluate(bindings);
                if (result instanceof CollectionValue collection) {
                    checkRows(collection.size());
                }
                printer.printResult(result);
            }
        } catch (EvaluationException e) { // a LimitExceededException too
            printer.discard();
            stderr.println("evaluation error: " + e.getMessage());
            return INPUT_ERROR;
        }
        return OK;
    }

    /** Fails once the table's result has more than {@code rows-per-record} rows. */
    private void checkRows(long rows) {
        if (rows > limits.rowsPerRecord()) {
            throw new LimitExceededException(
                    Limits.ROWS_PER_RECORD,
                    limits.rowsPerRecord(),
                    "the statement produced more than "
                            + limits.rowsPerRecord()
                            + " rows for the input (--table binds the whole input as one record)",
                    null,
                    null);
        }
    }

    /**
     * Applies --on-error to the bad record starting on {@code line}; false when the run must stop.
     * The report is one line: {@code bad record at line N: REASON: message}, the reason being the
     * Flink dead letters' {@code errorType}.
     */
    private boolean badRecord(int line, BadRecordReason reason, String message) {
        if (onError != OnError.SKIP) {
            stderr.println(
                    "bad record at line " + line + ": " + reason + ": " + firstLine(message));
        }
        return onError != OnError.FAIL;
    }

    private static String firstLine(String message) {
        int eol = message.indexOf('\n');
        return eol < 0 ? message : message.substring(0, eol);
    }

    private String statement() throws IOException {
        return query.text != null
                ? query.text
                : Files.readString(query.file, StandardCharsets.UTF_8);
    }

    private InputStream openInput() throws IOException {
        if ("-".equals(input)) {
            return nonClosing(stdin);
        }
        Path path = Path.of(input);
        if (Files.isDirectory(path)) {
            throw new IOException(input + " is a directory, not a file of records");
        }
        return Files.newInputStream(path);
    }

    private static InputStream nonClosing(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public void close() {}
        };
    }

    private static OutputStream nonClosing(OutputStream out) {
        return new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }

    /** Reads {@code json}/{@code ion}. */
    static final class FormatConverter implements CommandLine.ITypeConverter<InputFormat> {
        @Override
        public InputFormat convert(String value) {
            return InputFormat.valueOf(choice(value, "json", "ion"));
        }
    }

    /** Reads {@code coerce}/{@code strict} (also {@code permissive}/{@code error}). */
    static final class ModeConverter implements CommandLine.ITypeConverter<EvalMode> {
        @Override
        public EvalMode convert(String value) {
            String v = value.toLowerCase(Locale.ROOT);
            if (v.equals("strict") || v.equals("error")) {
                return EvalMode.ERROR;
            }
            if (v.equals("coerce") || v.equals("permissive")) {
                return EvalMode.COERCE;
            }
            throw new CommandLine.TypeConversionException(
                    "expected coerce or strict but was '" + value + "'");
        }
    }

    /** Reads {@code fail}/{@code skip}/{@code report}. */
    static final class OnErrorConverter implements CommandLine.ITypeConverter<OnError> {
        @Override
        public OnError convert(String value) {
            return OnError.valueOf(choice(value, "fail", "skip", "report"));
        }
    }

    private static String choice(String value, String... allowed) {
        String v = value.toLowerCase(Locale.ROOT);
        for (String a : allowed) {
            if (a.equals(v)) {
                return v.toUpperCase(Locale.ROOT);
            }
        }
        throw new CommandLine.TypeConversionException(
                "expected one of " + String.join(", ", allowed) + " but was '" + value + "'");
    }
}
