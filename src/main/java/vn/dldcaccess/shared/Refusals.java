package vn.dldcaccess.shared;

import org.camunda.bpm.engine.BadUserRequestException;

import java.util.function.Supplier;

/** Glue's one translation: a refusal becomes the engine's BadUserRequestException, a 400 with the Vietnamese text. */
public final class Refusals {
    private Refusals() {
    }

    public static <T> T refusing(Supplier<T> step) {
        try {
            return step.get();
        } catch (RefusedException e) {
            throw new BadUserRequestException(e.vietnameseMessage());
        }
    }

    public static void refusing(Runnable step) {
        refusing(() -> {
            step.run();
            return null;
        });
    }
}
