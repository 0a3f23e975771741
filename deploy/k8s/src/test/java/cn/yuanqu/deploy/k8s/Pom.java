package cn.yuanqu.deploy.k8s;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** A module's pom.xml: its own dependencies (not dependencyManagement, not plugins'). */
record Pom(String module, List<Dependency> dependencies) {

    record Dependency(String groupId, String artifactId, String scope) {

        /** On the application's class path: compile or runtime scope. */
        boolean atRunTime() {
            return scope.equals("compile") || scope.equals("runtime");
        }
    }

    static Pom of(String module) {
        Path file = Manifests.root().resolve(module).resolve("pom.xml");
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Element project = factory.newDocumentBuilder().parse(file.toFile()).getDocumentElement();
            List<Dependency> deps = new ArrayList<>();
            Element dependencies = child(project, "dependencies");
            if (dependencies != null) {
                for (Node n = dependencies.getFirstChild(); n != null; n = n.getNextSibling()) {
                    if (n instanceof Element d && d.getTagName().equals("dependency")) {
                        String scope = text(d, "scope");
                        deps.add(new Dependency(text(d, "groupId"), text(d, "artifactId"), scope.isEmpty() ? "compile" : scope));
                    }
                }
            }
            return new Pom(module, List.copyOf(deps));
        } catch (Exception e) {
            throw new AssertionError("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** The dependency on groupId:artifactId that the application runs with. */
    boolean uses(String groupId, String artifactId) {
        return dependencies.stream().anyMatch(d -> d.groupId().equals(groupId) && d.artifactId().equals(artifactId) && d.atRunTime());
    }

    private static Element child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e;
            }
        }
        return null;
    }

    private static String text(Element parent, String name) {
        Element e = child(parent, name);
        return e == null ? "" : e.getTextContent().trim();
    }
}
