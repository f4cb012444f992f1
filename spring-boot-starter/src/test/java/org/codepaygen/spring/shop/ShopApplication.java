package org.codepaygen.spring.shop;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The application of the {@code @SpringBootTest}s: its package holds {@link Till}. */
@SpringBootApplication
public class ShopApplication {}
