package io.lotline.cluster;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/** This node's name in a cluster ({@code lotline.node-name}, else the host name): who holds a scheduled job's lock. */
@Component
public class NodeName {
    private static final Logger LOG = LoggerFactory.getLogger(NodeName.class);

    private final String name;

    public NodeName(@Value("${lotline.node-name:}") String configured) {
        this.name = StringUtils.hasText(configured) ? configured.trim() : hostName();
        LOG.info("This Lotline node is called {}", name);
    }

    public String name() {
        return name;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "lotline";
        }
    }
}
