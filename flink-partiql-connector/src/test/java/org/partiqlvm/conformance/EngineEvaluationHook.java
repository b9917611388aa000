package org.partiqlvm.conformance;

import com.amazon.ion.IonStruct;
import com.amazon.ion.IonSystem;
import com.amazon.ion.IonValue;
import com.amazon.ion.system.IonSystemBuilder;
import java.util.ArrayList;
import java.util.List;
import org.partiqlvm.engine.Bindings;
import org.partiqlvm.engine.CompileOptions;
import org.partiqlvm.engine.CompiledPlan;
import org.partiqlvm.engine.PartiQLVM;
import org.partiqlvm.engine.PlanCompiler;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.ion.IonValueReader;
import org.partiqlvm.value.ion.IonValueWriter;

/**
 * The {@link EvaluationHook} of PartiQLVM, through the engine's public API only: {@link
 * PlanCompiler#compile} with the environment's top-level names as globals, then one {@link
 * PartiQLVM} per evaluation, its globals bound by index, and the result written back as the suite's
 * Ion with {@link IonValueWriter}.
 */
public final class EngineEvaluationHook implements EvaluationHook {

    private final IonSystem ion = IonSystemBuilder.standard().build();

    @Override
    public Prepared prepare(String statement, IonValue env, EvalMode mode) {
        List<String> names = new ArrayList<>();
        List<Value> values = new ArrayList<>();
        if (env instanceof IonStruct struct) {
            for (IonValue field : struct) {
                names.add(field.getFieldName());
                values.add(IonValueReader.standard().fromIonValue(field));
            }
        }
        CompiledPlan plan =
                PlanCompiler.compile(statement, new CompileOptions(engineMode(mode), names));
        return () -> {
            PartiQLVM vm = new PartiQLVM(plan);
            Bindings bindings = vm.newBindings();
            for (int i = 0; i < values.size(); i++) {
                bindings.set(i, values.get(i));
            }
            return IonValueWriter.standard().toIonValue(vm.evaluate(bindings), ion);
        };
    }

    private static org.partiqlvm.engine.runtime.EvalMode engineMode(EvalMode mode) {
        return mode == EvalMode.ERROR
                ? org.partiqlvm.engine.runtime.EvalMode.ERROR
                : org.partiqlvm.engine.runtime.EvalMode.COERCE;
    }
}
