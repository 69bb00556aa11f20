package cn.anzuo;

import cn.anzuo.support.OurClasses;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The modules keep to their declared dependencies; their diagrams go to docs/modules. */
class ModularityTests {

    static final ApplicationModules modules = ApplicationModules.of(AnzuoApplication.class,
            OurClasses.GENERATED_BY_SPRING_AOT);

    @Test
    void modules_respect_their_boundaries() {
        modules.verify();
    }

    @Test
    void writes_module_documentation() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
