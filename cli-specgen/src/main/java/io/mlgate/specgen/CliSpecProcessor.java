package io.mlgate.specgen;

import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * For each package with picocli {@code @Command} classes, generates {@code CliSpecs}: every command's model built
 * through picocli's programmatic API (see {@link SpecWriter}). A class using what the generator does not reproduce
 * exactly (argument groups, positional parameters, other attributes) is named in a note and left to picocli's
 * reflection; {@code CliSpecs.of} returns null for it.
 */
@SupportedAnnotationTypes("picocli.CommandLine.Command")
public final class CliSpecProcessor extends AbstractProcessor {
    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(java.util.Set<? extends TypeElement> annotations, RoundEnvironment round) {
        Map<String, List<SpecClass>> commands = new TreeMap<>();
        Map<String, List<String>> leftOut = new TreeMap<>();
        for (TypeElement annotation : annotations) {
            for (Element e : round.getElementsAnnotatedWith(annotation)) {
                if (!(e instanceof TypeElement type)) {
                    continue;
                }
                String pkg = processingEnv.getElementUtils().getPackageOf(type).getQualifiedName().toString();
                try {
                    SpecClass c = SpecClass.read(type, processingEnv.getElementUtils(), processingEnv.getTypeUtils());
                    commands.computeIfAbsent(pkg, k -> new ArrayList<>()).add(c);
                } catch (SpecClass.Unsupported u) {
                    processingEnv.getMessager().printMessage(Diagnostic.Kind.NOTE,
                            "CliSpecs: left to picocli's reflection: " + u.getMessage());
                    leftOut.computeIfAbsent(pkg, k -> new ArrayList<>()).add(type.getQualifiedName().toString());
                }
            }
        }
        for (Map.Entry<String, List<SpecClass>> p : commands.entrySet()) {
            String source = new SpecWriter(processingEnv.getTypeUtils(),
                    processingEnv.getElementUtils().getTypeElement("java.util.Map").asType())
                    .write(p.getKey(), p.getValue(), leftOut.getOrDefault(p.getKey(), List.of()));
            try {
                JavaFileObject file = processingEnv.getFiler().createSourceFile(p.getKey() + ".CliSpecs");
                try (Writer w = file.openWriter()) {
                    w.write(source);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return false;
    }
}
