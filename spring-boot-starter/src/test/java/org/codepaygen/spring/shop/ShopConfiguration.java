package org.codepaygen.spring.shop;

import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.context.annotation.Configuration;

/** Marks this package as the application's, as {@code @SpringBootApplication} does, for context-runner tests. */
@Configuration(proxyBeanMethods = false)
@AutoConfigurationPackage
public class ShopConfiguration {}
