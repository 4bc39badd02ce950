package dev.boundbench.engine.cpython;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Runs the worker script's {@code describe} with an interpreter and reads its {@code key=value}
 * lines. The script does the asking, so the twins reported are those it really has.
 */
final class InterpreterProbe {

    private static final long LIMIT_SECONDS = 20;

    private InterpreterProbe() {
    }

    static PythonInterpreter run(CPythonOptions options) throws PythonUnavailableException {
        String command = options.python();
        Path script = WorkerScript.extractInto(Path.of(System.getProperty("java.io.tmpdir")), options.scriptResource());
        try {
            Process process;
            try {
                process = new ProcessBuilder(command, script.toString(), "describe").redirectErrorStream(true).start();
            } catch (IOException e) {
                throw new PythonUnavailableException(notRunnable(command, e), e);
            }
            String output;
            try {
                process.getOutputStream().close();
                output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
                if (!process.waitFor(LIMIT_SECONDS, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new PythonUnavailableException(command + " did not describe itself within " + LIMIT_SECONDS
                            + " s");
                }
            } catch (IOException e) {
                process.destroyForcibly();
                throw new PythonUnavailableException(command + " could not be read from: " + e.getMessage(), e);
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
                throw new PythonUnavailableException("interrupted while asking " + command + " for its version", e);
            }
            if (process.exitValue() != 0) {
                throw new PythonUnavailableException(command + " failed to run the worker script (exit status "
                        + process.exitValue() + "): " + lastLine(output));
            }
            return parse(command, output);
        } finally {
            WorkerScript.delete(script);
        }
    }

    /** Why {@code command} could not be started, in the user's terms. */
    private static String notRunnable(String command, IOException e) {
        if (!command.contains("/")) {
            return command + " was not found on the PATH";
        }
        if (!Files.exists(Path.of(command))) {
            return command + " does not exist";
        }
        return command + " cannot be run (" + e.getMessage().replaceFirst("^Cannot run program \"[^\"]*\": ", "").strip()
                + ")";
    }

    static PythonInterpreter parse(String command, String output) throws PythonUnavailableException {
        Map<String, String> values = new HashMap<>();
        for (String line : output.split("\n")) {
            int equals = line.indexOf('=');
            if (equals > 0) {
                values.put(line.substring(0, equals).strip(), line.substring(equals + 1).strip());
            }
        }
        for (String key : List.of("implementation", "version", "executable", "gil", "build", "supported", "twins")) {
            if (!values.containsKey(key)) {
                throw new PythonUnavailableException(command + " described itself without \"" + key + "\": "
                        + lastLine(output));
            }
        }
        if (!values.get("supported").equals("yes")) {
            throw new PythonUnavailableException(command + " is Python " + values.get("version")
                    + "; the CPython engines need Python " + values.getOrDefault("minimum", "3.9") + " or later");
        }
        String twins = values.get("twins");
        return new PythonInterpreter(command, values.get("implementation"), values.get("version"),
                values.get("executable"), values.get("gil").equals("on"), values.get("build").equals("free-threaded"),
                twins.isEmpty() ? Set.of() : Set.of(twins.split(",")));
    }

    private static String lastLine(String output) {
        String trimmed = output.strip();
        return trimmed.isEmpty() ? "(no output)" : trimmed.substring(trimmed.lastIndexOf('\n') + 1);
    }
}
