package io.mlgate.specgen;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A class with picocli annotations as the generated code needs it: its {@code @Command} attributes (none for a
 * mixin) and its options and mixins in the order picocli's reflection finds them (superclasses first, then
 * declaration order). Only what the generated code reproduces exactly is accepted; anything else makes
 * {@link #read} throw {@link Unsupported}, and that class stays with picocli's reflection.
 */
record SpecClass(TypeElement type, Map<String, Object> command, List<Member> members) {
    static final String PICOCLI = "picocli.CommandLine.";
    private static final Set<String> COMMAND_KEYS = Set.of("name", "description", "mixinStandardHelpOptions",
            "versionProvider", "exitCodeListHeading", "exitCodeList");
    private static final Set<String> OPTION_KEYS = Set.of("names", "paramLabel", "description", "required",
            "defaultValue", "negatable");

    /** An option or a mixin field. */
    sealed interface Member permits OptionField, MixinField {
        VariableElement field();
    }

    /** An {@code @Option} field and the annotation's attributes given in the source. */
    record OptionField(VariableElement field, Map<String, Object> attributes) implements Member {
    }

    /** A {@code @Mixin} field and its class's own model. */
    record MixinField(VariableElement field, SpecClass mixin) implements Member {
    }

    /** A class this generator leaves to picocli's reflection, and why. */
    static final class Unsupported extends Exception {
        Unsupported(Element where, String why) {
            super(where + ": " + why);
        }
    }

    /** The model of {@code type}, a command ({@code @Command}) or a mixin. */
    static SpecClass read(TypeElement type, Elements elements, Types types) throws Unsupported {
        if (!type.getTypeParameters().isEmpty() || type.getModifiers().contains(Modifier.PRIVATE)) {
            throw new Unsupported(type, "generic or private class");
        }
        Map<String, Object> command = null;
        List<Member> members = new ArrayList<>();
        List<TypeElement> hierarchy = new ArrayList<>();
        for (TypeElement t = type; t != null; t = superclass(t)) {
            hierarchy.add(0, t);
        }
        for (TypeElement t : hierarchy) {
            AnnotationMirror cmd = annotation(t, "Command");
            if (cmd != null) {
                if (command != null) {
                    throw new Unsupported(t, "@Command on more than one class of the hierarchy");
                }
                command = attributes(cmd, COMMAND_KEYS, t);
            }
            for (Element e : t.getEnclosedElements()) {
                readMember(e, type, elements, types, members);
            }
        }
        return new SpecClass(type, command, List.copyOf(members));
    }

    private static void readMember(Element e, TypeElement owner, Elements elements, Types types, List<Member> into)
            throws Unsupported {
        for (AnnotationMirror a : e.getAnnotationMirrors()) {
            String name = a.getAnnotationType().toString();
            if (!name.startsWith(PICOCLI)) {
                continue;
            }
            if (e.getKind() != ElementKind.FIELD) {
                throw new Unsupported(e, "picocli annotation on a " + e.getKind());
            }
            VariableElement field = (VariableElement) e;
            if (field.getModifiers().contains(Modifier.PRIVATE) || field.getModifiers().contains(Modifier.STATIC)
                    || field.getModifiers().contains(Modifier.FINAL)
                    || !packageOf(field, elements).equals(packageOf(owner, elements))) {
                throw new Unsupported(e, "a private, static or final field, or one in another package");
            }
            switch (name.substring(PICOCLI.length())) {
                case "Option" -> {
                    Map<String, Object> attrs = attributes(a, OPTION_KEYS, e);
                    checkType(field.asType(), e);
                    into.add(new OptionField(field, attrs));
                }
                case "Mixin" -> {
                    if (!a.getElementValues().isEmpty() || field.asType().getKind() != TypeKind.DECLARED) {
                        throw new Unsupported(e, "a named mixin or one of a type that is not a class");
                    }
                    TypeElement mixinType = (TypeElement) types.asElement(field.asType());
                    into.add(new MixinField(field, read(mixinType, elements, types)));
                }
                default -> throw new Unsupported(e, "@" + name.substring(PICOCLI.length()));
            }
        }
    }

    /** Field types whose class literal and type arguments say all picocli needs: no wildcards, arrays or nesting. */
    private static void checkType(TypeMirror t, Element where) throws Unsupported {
        if (t.getKind().isPrimitive()) {
            return;
        }
        if (t.getKind() != TypeKind.DECLARED) {
            throw new Unsupported(where, "option of type " + t);
        }
        for (TypeMirror arg : ((DeclaredType) t).getTypeArguments()) {
            if (arg.getKind() != TypeKind.DECLARED || !((DeclaredType) arg).getTypeArguments().isEmpty()) {
                throw new Unsupported(where, "option of type " + t);
            }
        }
    }

    /** The attributes given in the source (defaults left out), each a String, Boolean, List or TypeMirror. */
    private static Map<String, Object> attributes(AnnotationMirror a, Set<String> allowed, Element where)
            throws Unsupported {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> v : a.getElementValues().entrySet()) {
            String key = v.getKey().getSimpleName().toString();
            if (!allowed.contains(key)) {
                throw new Unsupported(where, "attribute " + key + " of " + a.getAnnotationType());
            }
            values.put(key, value(v.getValue()));
        }
        return values;
    }

    private static Object value(AnnotationValue v) {
        Object o = v.getValue();
        if (o instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            for (Object item : list) {
                out.add(value((AnnotationValue) item));
            }
            return out;
        }
        return o;
    }

    static AnnotationMirror annotation(Element e, String simpleName) {
        for (AnnotationMirror a : e.getAnnotationMirrors()) {
            if (a.getAnnotationType().toString().equals(PICOCLI + simpleName)) {
                return a;
            }
        }
        return null;
    }

    private static TypeElement superclass(TypeElement t) {
        TypeMirror s = t.getSuperclass();
        if (s.getKind() != TypeKind.DECLARED) {
            return null;
        }
        TypeElement e = (TypeElement) ((DeclaredType) s).asElement();
        return e.getQualifiedName().contentEquals("java.lang.Object") ? null : e;
    }

    private static String packageOf(Element e, Elements elements) {
        PackageElement p = elements.getPackageOf(e);
        return p.getQualifiedName().toString();
    }
}
