package org.partiqlvm.benchmarks;

/** The contenders by the names the benchmark's {@code contender} parameter takes. */
public final class Contenders {

    /** Every contender name, ours first. */
    public static final String[] NAMES = {
        "partiqlvm", "partiqlvm-row", "jackson-streaming", "jackson-tree", "jslt", "partiql-kotlin"
    };

    private Contenders() {}

    /** A new contender named {@code name}. */
    public static Contender create(String name) {
        switch (name) {
            case "partiqlvm":
                return new PartiQLVMContender();
            case "partiqlvm-row":
                return new PartiQLVMRowContender();
            case "jackson-streaming":
                return new JacksonStreamingContender();
            case "jackson-tree":
                return new JacksonTreeContender();
            case "jslt":
                return new JsltContender();
            case "partiql-kotlin":
                return new PartiQLKotlinContender();
            default:
                throw new IllegalArgumentException("no contender " + name);
        }
    }
}
