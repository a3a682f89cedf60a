/** The product's name, as the header and every page title say it. */
export const PRODUCT_NAME = '社区责任台账';
