package org.partiqlvm.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.partiqlvm.value.Value;

class PartiQLVMPoolTest {

    private static final CompileOptions OPTIONS = CompileOptions.withGlobals(List.of());

    @Test
    void aReleasedVmIsHandedOutAgainAndMayChangeThread() throws Exception {
        CompiledPlan plan = PlanCompiler.compile("SELECT VALUE x * 2 FROM <<1, 2>> AS x", OPTIONS);
        PartiQLVMPool pool = new PartiQLVMPool(plan, null, Limits.DEFAULTS, 2);
        PartiQLVM vm = pool.acquire();
        Value here = vm.evaluate(vm.newBindings());
        pool.release(vm);
        assertThat(pool.idle()).isEqualTo(1);

        Value there =
                CompletableFuture.supplyAsync(
                                () -> {
                                    PartiQLVM again = pool.acquire();
                                    assertThat(again).isSameAs(vm);
                                    Value v = again.evaluate(again.newBindings());
                                    pool.release(again);
                                    return v;
                                })
                        .get(60, TimeUnit.SECONDS);
        assertThat(there).isEqualTo(here);
        assertThat(pool.idle()).isEqualTo(1);
    }

    @Test
    void keepsAtMostMaxIdleAndOnlyItsPlansVms() {
        CompiledPlan plan = PlanCompiler.compile("1 + 1", OPTIONS);
        PartiQLVMPool pool = new PartiQLVMPool(plan, null, Limits.DEFAULTS, 1);
        PartiQLVM a = pool.acquire();
        PartiQLVM b = pool.acquire();
        assertThat(a).isNotSameAs(b);
        pool.release(a);
        pool.release(b);
        assertThat(pool.idle()).isEqualTo(1);
        assertThatThrownBy(() -> pool.release(new PartiQLVM(PlanCompiler.compile("2", OPTIONS))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PartiQLVMPool(plan, null, Limits.DEFAULTS, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
