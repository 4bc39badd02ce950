package dev.boundbench.workload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds every {@link Workload} method in this package at run time, in folders and jars alike, so
 * that a new workload is one annotated method and nothing else.
 */
public final class WorkloadCatalog {

    private static final String PACKAGE = WorkloadCatalog.class.getPackageName();
    private static final String PACKAGE_PATH = PACKAGE.replace('.', '/');
    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final MethodType INVOKER_TYPE = MethodType.methodType(long.class, int.class, Resources.class);
    private static final MethodHandle GET_RESOURCE = resourceGetter();

    /**
     * A comma list of the classes that declare workloads. When set, {@link #discover()} loads these
     * instead of scanning the class path: the parent gives it to worker processes, which then start
     * without reading every entry of the jar.
     */
    public static final String CLASSES_PROPERTY = "boundbench.workload.classes";

    private static volatile WorkloadCatalog discovered;

    private final Map<String, WorkloadDescriptor> byName;
    private final String declaringClasses;

    private WorkloadCatalog(Map<String, WorkloadDescriptor> byName, String declaringClasses) {
        this.byName = Collections.unmodifiableMap(byName);
        this.declaringClasses = declaringClasses;
    }

    /** The workloads on the class path (or of {@value #CLASSES_PROPERTY}), found once per JVM. */
    public static WorkloadCatalog discover() {
        WorkloadCatalog catalog = discovered;
        if (catalog == null) {
            synchronized (WorkloadCatalog.class) {
                catalog = discovered;
                if (catalog == null) {
                    ClassLoader loader = Thread.currentThread().getContextClassLoader();
                    String listed = System.getProperty(CLASSES_PROPERTY, "");
                    catalog = listed.isBlank() ? fromClasses(scan(loader), loader)
                            : fromClasses(List.of(listed.split(",")), loader);
                    discovered = catalog;
                }
            }
        }
        return catalog;
    }

    /** The classes declaring the workloads, as a comma list for {@value #CLASSES_PROPERTY}. */
    public String declaringClasses() {
        return declaringClasses;
    }

    /** Every workload, sorted by name. */
    public List<WorkloadDescriptor> all() {
        return List.copyOf(byName.values());
    }

    /** The names, sorted. */
    public List<String> names() {
        return List.copyOf(byName.keySet());
    }

    /**
     * The workload called {@code name}.
     *
     * @throws IllegalArgumentException naming the bad value and the valid ones
     */
    public WorkloadDescriptor get(String name) {
        WorkloadDescriptor descriptor = byName.get(name);
        if (descriptor == null) {
            throw new IllegalArgumentException("Unknown workload \"" + name + "\"; valid: "
                    + String.join(", ", byName.keySet()));
        }
        return descriptor;
    }

    private static List<String> scan(ClassLoader loader) {
        TreeSet<String> classNames = new TreeSet<>();
        try {
            Enumeration<URL> roots = loader.getResources(PACKAGE_PATH);
            while (roots.hasMoreElements()) {
                classNames.addAll(classesUnder(roots.nextElement()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list package " + PACKAGE, e);
        }
        return List.copyOf(classNames);
    }

    /** The workloads declared by the named classes, in the order of their names. */
    static WorkloadCatalog fromClasses(List<String> classNames, ClassLoader loader) {
        Map<String, WorkloadDescriptor> found = new java.util.TreeMap<>();
        TreeSet<String> declaring = new TreeSet<>();
        for (String className : classNames) {
            for (WorkloadDescriptor descriptor : workloadsOf(load(className.strip(), loader))) {
                declaring.add(className.strip());
                WorkloadDescriptor clash = found.put(descriptor.name(), descriptor);
                if (clash != null) {
                    throw new IllegalStateException("Workload name \"" + descriptor.name() + "\" is used by both "
                            + clash.declaredBy() + " and " + descriptor.declaredBy());
                }
            }
        }
        return new WorkloadCatalog(new LinkedHashMap<>(found), String.join(",", declaring));
    }

    private static List<String> classesUnder(URL root) throws IOException {
        List<String> names = new ArrayList<>();
        switch (root.getProtocol()) {
            case "file" -> {
                Path folder;
                try {
                    folder = Path.of(root.toURI());
                } catch (URISyntaxException e) {
                    throw new IOException("Bad class path entry " + root, e);
                }
                try (Stream<Path> files = Files.list(folder)) {
                    files.map(p -> p.getFileName().toString())
                            .filter(WorkloadCatalog::isCandidate)
                            .forEach(f -> names.add(PACKAGE + "." + f.substring(0, f.length() - ".class".length())));
                }
            }
            case "jar" -> {
                JarURLConnection connection = (JarURLConnection) root.openConnection();
                connection.setUseCaches(false);
                try (JarFile jar = connection.getJarFile()) {
                    Enumeration<JarEntry> entries = jar.entries();
                    String prefix = PACKAGE_PATH + "/";
                    while (entries.hasMoreElements()) {
                        String entry = entries.nextElement().getName();
                        if (entry.startsWith(prefix) && entry.indexOf('/', prefix.length()) < 0) {
                            String file = entry.substring(prefix.length());
                            if (isCandidate(file)) {
                                names.add(PACKAGE + "." + file.substring(0, file.length() - ".class".length()));
                            }
                        }
                    }
                }
            }
            default -> throw new IOException("Cannot scan class path entry " + root);
        }
        return names;
    }

    private static boolean isCandidate(String fileName) {
        return fileName.endsWith(".class") && !fileName.equals("package-info.class");
    }

    private static Class<?> load(String className, ClassLoader loader) {
        try {
            return Class.forName(className, false, loader);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("Listed but not loadable: " + className, e);
        }
    }

    private static List<WorkloadDescriptor> workloadsOf(Class<?> type) {
        List<WorkloadDescriptor> result = new ArrayList<>();
        for (Method method : type.getDeclaredMethods()) {
            Workload annotation = method.getAnnotation(Workload.class);
            if (annotation != null) {
                result.add(describe(method, annotation));
            }
        }
        return result;
    }

    private static WorkloadDescriptor describe(Method method, Workload annotation) {
        String where = method.getDeclaringClass().getSimpleName() + "." + method.getName();
        if (!NAME.matcher(annotation.name()).matches()) {
            throw new IllegalStateException(where + ": workload name \"" + annotation.name()
                    + "\" must be lower case letters, digits and single dashes");
        }
        if (!Modifier.isStatic(method.getModifiers()) || method.getReturnType() != long.class) {
            throw new IllegalStateException(where + ": a @Workload must be static and return long");
        }
        List<Class<?>> resources = resourcesTaken(method, where);
        if (annotation.tasks() < 0) {
            throw new IllegalStateException(where + ": @Workload tasks must be >= 0, got " + annotation.tasks());
        }
        List<Integer> sweep = WorkloadDescriptor.parseSweep(annotation.sizes(), where);
        int maxSize = annotation.maxSize();
        if (annotation.defaultSize() > maxSize || sweep.stream().anyMatch(size -> size > maxSize)) {
            throw new IllegalStateException(where + ": @Workload defaultSize and sizes must not exceed maxSize "
                    + maxSize);
        }
        MethodHandle handle;
        try {
            method.setAccessible(true);
            handle = MethodHandles.lookup().unreflect(method);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(where + ": cannot be called", e);
        }
        return new WorkloadDescriptor(annotation.name(), annotation.kind(), annotation.defaultSize(),
                annotation.sizeMeaning(), WorkloadDescriptor.parseLadder(annotation.threads(), where),
                annotation.tasks(), sweep, maxSize, annotation.onlyWhenNamed(),
                WorkloadDescriptor.parseGranularity(annotation.granularity(), where), resources, where,
                invoker(handle, resources));
    }

    /** The parameter types after the size: each a resource type, none twice. */
    private static List<Class<?>> resourcesTaken(Method method, String where) {
        Class<?>[] parameters = method.getParameterTypes();
        List<Class<?>> resources = parameters.length == 0 ? List.of()
                : List.of(parameters).subList(1, parameters.length);
        boolean valid = parameters.length > 0 && parameters[0] == int.class
                && resources.stream().allMatch(Resources::isResource)
                && resources.stream().distinct().count() == resources.size();
        if (!valid) {
            throw new IllegalStateException(where + ": a @Workload takes (int size), then any of these resources,"
                    + " each at most once: " + Resources.names());
        }
        return resources;
    }

    /** Adapts {@code (int, R1, R2 …) -> long} to {@code (int, Resources) -> long}, each Ri from the Resources. */
    private static MethodHandle invoker(MethodHandle workload, List<Class<?>> resources) {
        MethodHandle[] getters = new MethodHandle[resources.size()];
        int[] reorder = new int[1 + resources.size()];
        for (int i = 0; i < getters.length; i++) {
            getters[i] = MethodHandles.insertArguments(GET_RESOURCE, 1, resources.get(i))
                    .asType(MethodType.methodType(resources.get(i), Resources.class));
            reorder[1 + i] = 1;
        }
        MethodHandle spread = MethodHandles.filterArguments(workload, 1, getters);
        MethodHandle adapted = resources.isEmpty() ? MethodHandles.dropArguments(workload, 1, Resources.class)
                : MethodHandles.permuteArguments(spread, MethodType.methodType(workload.type().returnType(),
                        int.class, Resources.class), reorder);
        return adapted.asType(INVOKER_TYPE);
    }

    private static MethodHandle resourceGetter() {
        try {
            return MethodHandles.lookup().findVirtual(Resources.class, "get",
                    MethodType.methodType(Object.class, Class.class));
        } catch (NoSuchMethodException | IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
