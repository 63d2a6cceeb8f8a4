package cn.gov.hlj.consumptionaid.security;

import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The public methods of every {@code @Service} of the portal, found by a classpath scan, with the
 * {@code @PreAuthorize} expression that guards each: the method's own, else the class's (Spring Security's rule).
 */
final class ServiceMethods {

    record Guarded(Class<?> service, Method method, String expression) {

        /** {@code Service#method(Type,Type)}: the key of the tables of the security tests. */
        String key() {
            return service.getSimpleName() + "#" + method.getName() + "(" + Arrays.stream(method.getParameterTypes())
                    .map(Class::getSimpleName).collect(Collectors.joining(",")) + ")";
        }

        /** Whether the expression looks at an argument of the call (a region, an id …), not only at the user. */
        boolean takesScope() {
            return expression != null && expression.contains("#");
        }
    }

    private ServiceMethods() {
    }

    static List<Guarded> all() {
        // Every service whatever the profile (the Keycloak and the embedded account directories alike): the
        // scanner's own check would leave out the beans whose @Profile or @Conditional does not match here.
        var scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(MetadataReader reader) {
                return reader.getAnnotationMetadata().hasAnnotation(Service.class.getName());
            }
        };
        scanner.addIncludeFilter(new AnnotationTypeFilter(Service.class));
        var methods = new ArrayList<Guarded>();
        for (var candidate : scanner.findCandidateComponents("cn.gov.hlj.consumptionaid")) {
            Class<?> type;
            try {
                type = Class.forName(candidate.getBeanClassName());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
            var onClass = type.getAnnotation(PreAuthorize.class);
            for (var method : type.getDeclaredMethods()) {
                if (!Modifier.isPublic(method.getModifiers()) || Modifier.isStatic(method.getModifiers())
                        || method.isSynthetic() || method.isBridge()) {
                    continue;
                }
                var own = method.getAnnotation(PreAuthorize.class);
                var expression = own != null ? own.value() : onClass != null ? onClass.value() : null;
                methods.add(new Guarded(type, method, expression));
            }
        }
        methods.sort(Comparator.comparing(Guarded::key));
        return methods;
    }
}
