package io.lotline.workflow;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys the models under {@code bpmn/} with stable resource names ({@code bpmn/<file>}) and duplicate filtering,
 * so a restart deploys nothing new and two nodes starting together create one deployment: the engine serialises
 * deployments on its deployment lock and the second finds the first's identical resources.
 */
@Component
public class ProcessModelDeployer implements InitializingBean {
    static final String DEPLOYMENT_NAME = "lotline";
    private static final String[] MODEL_PATTERNS = {"classpath*:bpmn/*.bpmn", "classpath*:bpmn/*.dmn"};
    private static final Logger LOG = LoggerFactory.getLogger(ProcessModelDeployer.class);

    private final RepositoryService repositoryService;

    public ProcessModelDeployer(RepositoryService repositoryService) {
        this.repositoryService = repositoryService;
    }

    @Override
    public void afterPropertiesSet() throws IOException {
        deploy();
    }

    public void deploy() throws IOException {
        DeploymentBuilder deployment = repositoryService.createDeployment()
                .name(DEPLOYMENT_NAME)
                .source("lotline")
                .enableDuplicateFiltering(false);
        var resolver = new PathMatchingResourcePatternResolver();
        int count = 0;
        for (String pattern : MODEL_PATTERNS) {
            for (Resource model : resolver.getResources(pattern)) {
                try (InputStream in = model.getInputStream()) {
                    deployment.addInputStream("bpmn/" + model.getFilename(), new ByteArrayInputStream(in.readAllBytes()));
                }
                count++;
            }
        }
        String id = deployment.deploy().getId();
        LOG.info("Process models deployed as '{}' (deployment {}, {} resources)", DEPLOYMENT_NAME, id, count);
    }
}
